import { beforeAll, describe, expect, it } from 'vitest'
import * as q from '../../../lib/content/queries'
import type {
  CONDITIONS_QUERY_RESULT,
  EXERCISE_QUERY_RESULT,
  FEATURED_GUIDES_QUERY_RESULT,
  GUIDE_QUERY_RESULT,
  GUIDE_SEARCH_QUERY_RESULT,
  INSOLES_QUERY_RESULT,
  SITE_SETTINGS_QUERY_RESULT,
  SITEMAP_QUERY_RESULT,
} from '../../../lib/content/sanity.types'
import { matchPatterns } from '../../../lib/content/search'
import { checkInsole } from '../../../lib/finder/insole'
import { QUERY_CASES } from '../../support/query-cases'
import { DRAFT_MARKER, seedDocuments, seedSource } from '../../support/seed'

const source = seedSource()
const search = (area: string | null, text: string | null) =>
  source.fetch<GUIDE_SEARCH_QUERY_RESULT>(q.GUIDE_SEARCH_QUERY, { area, terms: text ? matchPatterns(text) : null })
const titles = (guides: { title: string | null }[]) => guides.map((guide) => guide.title)

describe('queries over the seed', () => {
  let publishedGuides: string[]
  beforeAll(() => {
    publishedGuides = seedDocuments()
      .filter((doc) => doc._type === 'guide' && !doc._id.startsWith('drafts.'))
      .map((doc) => doc.title as string)
  })

  it('site settings give the brand, disclaimer and navigation', async () => {
    const settings = await source.fetch<SITE_SETTINGS_QUERY_RESULT>(q.SITE_SETTINGS_QUERY)
    expect(settings?.brandName).toBe('Groundwork')
    expect(settings?.disclaimer).toMatch(/\w{10,}/)
    expect(settings?.navigation?.map((item) => item.href)).toEqual(expect.arrayContaining(['/guides', '/insoles', '/finder']))
  })

  it('featured guides are the four flagged ones, by title', async () => {
    const featured = await source.fetch<FEATURED_GUIDES_QUERY_RESULT>(q.FEATURED_GUIDES_QUERY)
    expect(featured).toHaveLength(4)
    expect(titles(featured)).toEqual([...titles(featured)].sort((a, b) => a!.localeCompare(b!)))
    for (const guide of featured) expect(guide).toMatchObject({ slug: expect.any(String), summary: expect.any(String) })
  })

  it('lists every published guide by title, and no draft', async () => {
    const all = await search(null, null)
    expect(all.length).toBeGreaterThanOrEqual(12)
    expect(titles(all).sort()).toEqual([...publishedGuides].sort())
    expect(titles(all)).toEqual([...titles(all)].sort((a, b) => a!.localeCompare(b!)))
    expect(all.map((guide) => guide.slug)).not.toContain('toe-walking')
    expect(JSON.stringify(all)).not.toContain(DRAFT_MARKER)
  })

  it('filters by body area', async () => {
    const back = await search('lower-back', null)
    expect(back.length).toBeGreaterThan(0)
    expect(back.length).toBeLessThan(publishedGuides.length)
    for (const guide of back) expect(guide.bodyAreas).toContain('lower-back')
    expect(back.map((guide) => guide.slug)).toContain('low-back-pain-and-insoles')
  })

  it('searches titles first, then summaries and body text', async () => {
    const heel = await search(null, 'heel')
    expect(heel[0]?.slug).toBe('plantar-heel-pain')
    const bodyOnly = await search(null, 'navicular')
    expect(bodyOnly.map((guide) => guide.slug)).toContain('find-your-arch-type')
  })

  it('matches word prefixes and needs every word', async () => {
    expect((await search(null, 'plant')).map((guide) => guide.slug)).toContain('plantar-heel-pain')
    expect(await search(null, 'heel xylophone')).toEqual([])
    expect(await search(null, 'xylophone')).toEqual([])
  })

  it('combines area and search', async () => {
    const results = await search('knee', 'wedge')
    expect(results[0]?.slug).toBe('knee-osteoarthritis-wedged-insoles')
    for (const guide of results) expect(guide.bodyAreas).toContain('knee')
    const everywhere = await search(null, 'wedge')
    expect(everywhere.length).toBeGreaterThan(results.length)
  })

  it('a guide comes with its exercises, references, people and related guides resolved', async () => {
    const guide = await source.fetch<GUIDE_QUERY_RESULT>(q.GUIDE_QUERY, { slug: 'plantar-heel-pain' })
    expect(guide?.title).toBeTruthy()
    expect(guide?.reviewStatus).toBe('awaiting-review')
    expect(guide?.references?.length).toBeGreaterThan(0)
    expect(guide?.author?.name).toBeTruthy()
    expect(guide?.related?.every((related) => related.slug && related.title)).toBe(true)
    const embeds = (guide?.body ?? []).filter((block) => block._type === 'exerciseEmbed')
    expect(embeds.length).toBeGreaterThan(0)
    for (const embed of embeds) expect(embed.exercise?.name).toBeTruthy()
    expect(guide?.bodyAreas).toEqual(['heel', 'foot'])
  })

  it('serves the published version of a guide that has a draft, and nothing of a draft-only guide', async () => {
    const flat = await source.fetch<GUIDE_QUERY_RESULT>(q.GUIDE_QUERY, { slug: 'flat-feet' })
    expect(flat?.title).not.toMatch(/draft/i)
    expect(JSON.stringify(flat)).not.toContain(DRAFT_MARKER)
    expect(await source.fetch(q.GUIDE_QUERY, { slug: 'toe-walking' })).toBeNull()
  })

  it('no query result holds draft text', async () => {
    for (const { query, params } of QUERY_CASES) {
      expect(JSON.stringify(await source.fetch(query, params))).not.toContain(DRAFT_MARKER)
    }
  })

  it('every insole has every support attribute the finder needs', async () => {
    const insoles = await source.fetch<INSOLES_QUERY_RESULT>(q.INSOLES_QUERY)
    expect(insoles.length).toBeGreaterThanOrEqual(8)
    expect(insoles.map((insole) => insole.name)).toEqual(
      [...insoles.map((insole) => insole.name)].sort((a, b) => a!.localeCompare(b!)),
    )
    for (const insole of insoles) expect(checkInsole(insole)).toMatchObject({ ok: true })
  })

  it('together the insoles cover every value of every support attribute', async () => {
    const insoles = await source.fetch<INSOLES_QUERY_RESULT>(q.INSOLES_QUERY)
    const values = (key: keyof INSOLES_QUERY_RESULT[number]) => new Set(insoles.map((insole) => insole[key]))
    expect(values('archSupport')).toEqual(new Set(['low', 'medium', 'high']))
    expect(values('firmness')).toEqual(new Set(['soft', 'semi-rigid', 'rigid']))
    expect(values('heelCup')).toEqual(new Set(['shallow', 'medium', 'deep']))
    expect(values('posting')).toEqual(new Set(['none', 'medial', 'lateral']))
    expect(values('cushioning')).toEqual(new Set(['low', 'medium', 'high']))
    expect(values('profile')).toEqual(new Set(['slim', 'standard', 'high-volume']))
    expect(values('metatarsalPad')).toEqual(new Set([true, false]))
    expect(values('heelLift')).toEqual(new Set([true, false]))
  })

  it('an exercise lists the guides that embed it', async () => {
    const exercise = await source.fetch<EXERCISE_QUERY_RESULT>(q.EXERCISE_QUERY, { slug: 'heel-drops' })
    expect(exercise?.steps?.length).toBeGreaterThan(0)
    expect(exercise?.guides.length).toBeGreaterThan(0)
  })

  it('conditions carry features with evidence strengths', async () => {
    const conditions = await source.fetch<CONDITIONS_QUERY_RESULT>(q.CONDITIONS_QUERY)
    const back = conditions.find((condition) => condition.slug === 'low-back-pain')
    expect(back?.finderSymptoms).toContain('low-back-pain')
    // NICE NG59: do not offer foot orthotics for low back pain; the finder never scores it, so no feature is rated.
    expect(back?.features ?? []).toEqual([])
    const knee = conditions.find((condition) => condition.slug === 'knee-osteoarthritis')
    expect(knee?.finderSymptoms).toEqual(['knee-arthritis'])
    expect(knee?.features).toContainEqual(expect.objectContaining({ feature: 'lateral-wedge', evidence: 'against' }))
    const flat = conditions.find((condition) => condition.slug === 'flat-feet')
    expect(flat?.avoid).toContainEqual(expect.objectContaining({ feature: 'lateral-wedge' }))
    const shin = conditions.find((condition) => condition.slug === 'shin-pain')
    expect(shin?.features?.every((feature) => feature.scope === 'prevention')).toBe(true)
  })

  it('the sitemap lists every published guide, insole and exercise', async () => {
    const map = await source.fetch<SITEMAP_QUERY_RESULT>(q.SITEMAP_QUERY)
    expect(map.guides).toHaveLength(publishedGuides.length)
    expect(map.insoles.length).toBeGreaterThanOrEqual(8)
    expect(map.exercises.length).toBeGreaterThanOrEqual(6)
  })
})
