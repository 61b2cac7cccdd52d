import { describe, expect, it } from 'vitest'
import { matchPatterns, normaliseSearch } from '../../../lib/content/search'

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
