import { describe, expect, it } from 'vitest'
import { GUIDE_QUERY, GUIDE_SLUGS_QUERY, INSOLE_QUERY, INSOLES_QUERY, SITE_SETTINGS_QUERY } from '../../../lib/content/queries'
import type { GUIDE_QUERY_RESULT, INSOLE_QUERY_RESULT, INSOLES_QUERY_RESULT, SITE_SETTINGS_QUERY_RESULT } from '../../../lib/content/sanity.types'
import { guideView, insoleCardsView, insoleView, siteSettingsView } from '../../../lib/content/views'
import { seedSource } from '../../support/seed'

const source = seedSource()
const read = <T>(query: string, params: Record<string, unknown> = {}) => source.fetch<T>(query, params, 'published')

describe('documents reshaped at the content door', () => {
  it('every seed guide becomes a page with its title, body, review status and numbered references', async () => {
    const slugs = await read<{ slug: string }[]>(GUIDE_SLUGS_QUERY)
    expect(slugs.length).toBeGreaterThan(5)
    for (const { slug } of slugs) {
      const guide = guideView(await read<GUIDE_QUERY_RESULT>(GUIDE_QUERY, { slug }))
      expect(guide, slug).not.toBeNull()
      expect(guide!.title.length, slug).toBeGreaterThan(3)
      expect(guide!.body.length, slug).toBeGreaterThan(0)
      expect(['awaiting-review', 'reviewed', 'needs-update']).toContain(guide!.reviewStatus)
      for (const related of guide!.related) expect(related.slug, slug).toMatch(/^[a-z0-9-]+$/)
    }
  })

  it("reshapes a guide's inline exercises and pictures, and drops an embed whose exercise has no name", async () => {
    const doc = (await read<GUIDE_QUERY_RESULT>(GUIDE_QUERY, { slug: 'flat-feet' }))!
    const embeds = guideView(doc)!.body.filter((block) => block._type === 'exerciseEmbed')
    expect(embeds.length).toBe(2)
    for (const embed of embeds) {
      expect(embed.exercise?.slug).toMatch(/^[a-z0-9-]+$/)
      expect(embed.exercise?.steps.length).toBeGreaterThan(0)
    }
    const heroImage = doc.heroImage!
    const body = [
      { _key: 'p', _type: 'image' as const, caption: ' ', ...heroImage },
      { ...doc.body!.find((block) => block._type === 'exerciseEmbed')!, exercise: { name: null, slug: 'x', summary: null, steps: null, dose: null, cautions: null } },
    ]
    const [picture, unnamed] = guideView({ ...doc, body: body as never })!.body
    expect(picture).toEqual({ _key: 'p', _type: 'image', caption: null, picture: expect.objectContaining({ alt: heroImage.alt, width: 1600 }) })
    expect(unnamed).toEqual(expect.objectContaining({ _type: 'exerciseEmbed', exercise: null }))
  })

  it('a guide an editor left without a title or address is no page (the route answers 404)', async () => {
    const doc = (await read<GUIDE_QUERY_RESULT>(GUIDE_QUERY, { slug: 'flat-feet' }))!
    expect(guideView({ ...doc, title: '  ' })).toBeNull()
    expect(guideView({ ...doc, slug: null })).toBeNull()
    expect(guideView(null)).toBeNull()
  })

  it('empty or half-filled fields become empty lists and safe values, never a broken page', async () => {
    const doc = (await read<GUIDE_QUERY_RESULT>(GUIDE_QUERY, { slug: 'flat-feet' }))!
    const guide = guideView({
      ...doc,
      body: null,
      keyPoints: null,
      bodyAreas: ['foot', 'elbow'],
      reviewStatus: null,
      reviewer: { name: null, role: 'Podiatrist', credentials: null },
      related: [{ ...doc.related![0]!, slug: null }, ...doc.related!],
      references: [
        { _key: 'a', title: 'A trial', authors: null, publisher: null, year: 2020, url: 'javascript:alert(1)', doi: null, pmid: null },
        { _key: 'b', title: null, authors: 'Nobody', publisher: null, year: null, url: null, doi: null, pmid: null },
      ],
    })!
    expect(guide.body).toEqual([])
    expect(guide.keyPoints).toEqual([])
    expect(guide.bodyAreas).toEqual(['foot'])
    expect(guide.reviewStatus).toBe('awaiting-review')
    expect(guide.reviewer).toBeNull()
    expect(guide.related).toHaveLength(doc.related!.length)
    expect(guide.references).toEqual([expect.objectContaining({ key: 'a', title: 'A trial', url: null })])
  })

  it('the header keeps only navigation links that are safe and labelled; the brand falls back to Groundwork', async () => {
    const doc = (await read<SITE_SETTINGS_QUERY_RESULT>(SITE_SETTINGS_QUERY))!
    const settings = siteSettingsView({
      ...doc,
      brandName: null,
      navigation: [
        { _key: 'a', label: 'Guides', href: '/guides' },
        { _key: 'b', label: 'Bad', href: 'javascript:alert(1)' },
        { _key: 'c', label: null, href: '/insoles' },
      ],
    })
    expect(settings.brandName).toBe('Groundwork')
    expect(settings.navigation).toEqual([{ key: 'a', label: 'Guides', href: '/guides' }])
    expect(siteSettingsView(null).navigation).toEqual([])
  })

  it('an insole with support details left empty keeps its page but leaves the catalogue, as it leaves the finder', async () => {
    const docs = await read<INSOLES_QUERY_RESULT>(INSOLES_QUERY)
    expect(insoleCardsView(docs)).toHaveLength(docs.length)
    const broken = docs.map((doc, i) => (i === 0 ? { ...doc, firmness: null } : doc))
    expect(insoleCardsView(broken).map((card) => card.slug)).not.toContain(docs[0]!.slug)

    const doc = (await read<INSOLE_QUERY_RESULT>(INSOLE_QUERY, { slug: docs[0]!.slug }))!
    const insole = insoleView({ ...doc, firmness: null, buyUrl: 'data:text/html,hi' })!
    expect(insole.name).toBe(doc.name)
    expect(insole.support).toBeNull()
    expect(insole.buyUrl).toBeNull()
    expect(insoleView(doc)!.pictures.length).toBeGreaterThan(0)
  })

  it('an insole keeps a buy link only when it is https, and its care text', async () => {
    const doc = (await read<INSOLE_QUERY_RESULT>(INSOLE_QUERY, { slug: 'heel-comfort' }))!
    expect(insoleView({ ...doc, buyUrl: 'http://www.nhs.uk/conditions/heel-pain/' })!.buyUrl).toBeNull()
    expect(insoleView({ ...doc, buyUrl: 'https://www.nhs.uk/conditions/heel-pain/' })!.buyUrl).toBe('https://www.nhs.uk/conditions/heel-pain/')
    expect(insoleView(doc)!.care).toMatch(/hand wash/i)
    expect(insoleView({ ...doc, care: '  ' })!.care).toBeNull()
  })
})
