import { beforeEach, describe, expect, it, vi } from 'vitest'
import { seedSource } from '../../support/seed'

// The content door's loaders with Next's cache and request APIs replaced by recorders: what a
// loader caches, under which key and tags, and what it reads in preview.
const state = vi.hoisted(() => ({
  preview: false,
  cached: [] as { key: string[]; tags: string[] }[],
  reads: [] as { perspective: unknown }[],
}))

vi.mock('next/cache', () => ({
  unstable_cache: (fn: () => unknown, key: string[], options: { tags: string[] }) => {
    state.cached.push({ key, tags: options.tags })
    return fn
  },
}))
vi.mock('next/headers', () => ({
  draftMode: async () => ({ isEnabled: state.preview }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}))
vi.mock('../../../lib/content/client', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../lib/content/client')>()
  const source = seedSource()
  return {
    ...original,
    fetchContent: (query: string, params: Record<string, unknown> = {}, perspective: 'published' | 'drafts' = 'published') => {
      state.reads.push({ perspective })
      return source.fetch(query, params, perspective)
    },
  }
})

const content = await import('../../../lib/content')
const { contentVersion } = await import('../../../lib/content/client')

beforeEach(() => {
  state.preview = false
  state.cached.length = 0
  state.reads.length = 0
})

describe('content loaders', () => {
  it('cache published reads under the loader, the content version and the arguments, with the tags a publish revalidates', async () => {
    const version = contentVersion()
    const insole = await content.getInsole('heel-lift-plus')
    expect(insole?.name).toBe('Heel Lift Plus')
    expect(state.cached).toEqual([{ key: ['insole', version, 'heel-lift-plus'], tags: ['insole:heel-lift-plus'] }])

    state.cached.length = 0
    await content.getExercise('wall-calf-stretch')
    await content.getInsoles()
    await content.getSiteSettings()
    await content.searchGuides({ area: 'foot', q: 'Heel!' })
    expect(state.cached).toEqual([
      { key: ['exercise', version, 'wall-calf-stretch'], tags: ['exercise:wall-calf-stretch', 'type:guide'] },
      { key: ['insoles', version], tags: ['type:insole'] },
      { key: ['site-settings', version], tags: ['type:siteSettings'] },
      { key: ['guide-search', version, 'foot', 'heel'], tags: ['type:guide'] },
    ])
  })

  it('give each address its own cache entry, so one guide is never served for another', async () => {
    await content.getGuide('flat-feet')
    await content.getGuide('heel-pain')
    const guideKeys = state.cached.filter(({ key }) => key[0] === 'guide').map(({ key }) => key.join('|'))
    expect(new Set(guideKeys).size).toBe(2)
    // A guide is tagged with what it shows: its own slug and the documents it follows references to.
    const flatFeet = state.cached.find(({ key }) => key[0] === 'guide' && key.includes('flat-feet'))!
    expect(flatFeet.tags).toContain('guide:flat-feet')
    expect(flatFeet.tags.some((tag) => tag.startsWith('id:'))).toBe(true)
  })

  it('in preview read drafts and never touch the cache, so drafts never enter it', async () => {
    state.preview = true
    const guide = await content.getGuide('flat-feet')
    expect(guide?.title).toBe('Flat feet (draft rewrite)')
    await content.getInsoles()
    await content.getSiteSettings()
    await content.getFinderContent()
    expect(state.cached).toEqual([])
    expect(state.reads.length).toBeGreaterThan(3)
    expect(state.reads.every(({ perspective }) => perspective === 'drafts')).toBe(true)

    state.preview = false
    expect((await content.getGuide('flat-feet'))?.title).toBe('Flat feet')
  })

  it('that run at build time (page lists, sitemap) read published content even in preview', async () => {
    state.preview = true
    const slugs = await content.getGuideSlugs()
    expect(slugs.map(({ slug }) => slug)).not.toContain('toe-walking')
    await content.getSitemapEntries()
    expect(state.cached.map(({ key }) => key[0])).toEqual(['guide-slugs', 'sitemap'])
    expect(state.reads.every(({ perspective }) => perspective === 'published')).toBe(true)
  })
})

describe('pages like a missing address', () => {
  it('come from the kind of page the address asked for, best match first, three at most', async () => {
    const labels = async (path: string) => (await content.getSimilarPages(path)).map(({ label }) => label)
    expect((await labels('/guides/plantar-fasciitis'))[0]).toBe('Plantar heel pain (plantar fasciitis)')
    expect((await labels('/guides/knee-pain')).toSorted()).toEqual(['Knee osteoarthritis and wedged insoles', 'Pain at the front of the knee'])
    expect((await labels('/insoles/heel-lift'))[0]).toBe('Heel Lift Plus')
    expect(await content.getSimilarPages('/exercises/calf-stretch')).toEqual(
      expect.arrayContaining([{ href: '/exercises/wall-calf-stretch', label: 'Wall calf stretch', type: 'exercise' }]),
    )
    expect((await content.getSimilarPages('/guides/heel')).length).toBeLessThanOrEqual(3)
  })

  it('are none for an address that names no guide, insole or exercise, or shares no word', async () => {
    expect(await content.getSimilarPages('/no-such-page')).toEqual([])
    expect(await content.getSimilarPages('/guides/xyzzy')).toEqual([])
    expect(await content.getSimilarPages('/guides/%ff')).toEqual([])
  })
})
