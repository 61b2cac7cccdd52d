import { describe, expect, it } from 'vitest'
import { matchPatterns, normaliseSearch, rankBySharedWords } from '../../../lib/content/search'

describe('normaliseSearch', () => {
  it.each([
    ['Heel pain', 'heel pain'],
    ['  HEEL-pain!!  heel ', 'heel pain'],
    ['"*" || true) && [', 'true'],
    ['*?[]{}()|&&!\\', ''],
    ['$slug] | order(_id)', 'slug order id'],
    ['', ''],
    ['Ｆｕｌｌｗｉｄｔｈ', 'fullwidth'],
    ['pied plat éàü', 'pied plat éàü'],
  ])('%j becomes %j', (input, expected) => {
    expect(normaliseSearch(input)).toBe(expected)
  })

  it('bounds the number and length of words', () => {
    const long = 'a'.repeat(10_000)
    expect(normaliseSearch(long)).toBe('a'.repeat(40))
    expect(normaliseSearch('one two three four five six seven eight nine ten').split(' ')).toHaveLength(8)
  })
})

describe('matchPatterns', () => {
  it('turns words into prefix patterns, and no words into no filter', () => {
    expect(matchPatterns('heel pain')).toEqual(['heel*', 'pain*'])
    expect(matchPatterns('')).toBeNull()
  })
})

describe('any search text gives results or none, never an error', () => {
  it('holds for 1,000 arbitrary strings over the seed', async () => {
    const fc = (await import('fast-check')).default
    const { GUIDE_SEARCH_QUERY } = await import('../../../lib/content/queries')
    const { seedSource } = await import('../../support/seed')
    const source = seedSource()
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 50 }),
      fc.string({ unit: 'binary', maxLength: 50 }),
      fc.stringMatching(/^[*?"'\\[\]{}()|&!$@^~.-]{1,30}$/),
    )
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom(null, 'foot', 'lower-back'), async (input, area) => {
        const result = await source.fetch<unknown[]>(GUIDE_SEARCH_QUERY, { area, terms: matchPatterns(normaliseSearch(input)) })
        expect(Array.isArray(result)).toBe(true)
      }),
      { numRuns: 1000 },
    )
  })
})

describe('pages like a missing address', () => {
  const pages = [
    { title: 'Flat feet', description: 'Arches that sit low.' },
    { title: 'Plantar heel pain (plantar fasciitis)', description: 'Pain under the heel.' },
    { title: 'High arches', description: 'A heel and forefoot that take the load.' },
  ]
  const titles = (address: string) => rankBySharedWords(address, pages).map((page) => page.title)

  it('rank by the words they share, a title twice a description', () => {
    expect(titles('heel-pain')).toEqual(['Plantar heel pain (plantar fasciitis)', 'High arches'])
    expect(titles('plantar-fasciitis')).toEqual(['Plantar heel pain (plantar fasciitis)'])
  })

  it('match the start of a longer word, in any case', () => {
    expect(titles('HIGH-ARCH')).toEqual(['High arches', 'Flat feet'])
  })

  it('leave out pages sharing no word, and words too common or short to tell pages apart', () => {
    expect(titles('foot-pain')).toEqual([])
    expect(titles('a-b-of')).toEqual([])
    expect(titles('no-such-guide')).toEqual([])
    expect(titles('insoles-for-arches')).toEqual(['High arches', 'Flat feet'])
  })
})
