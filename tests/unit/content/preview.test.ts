import { describe, expect, it } from 'vitest'
import { previewRedirect, secretMatches } from '../../../lib/content/preview'

describe('secretMatches', () => {
  it('matches only the configured secret', () => {
    expect(secretMatches('a-long-preview-secret', 'a-long-preview-secret')).toBe(true)
    expect(secretMatches('a-long-preview-secreT', 'a-long-preview-secret')).toBe(false)
    expect(secretMatches('short', 'a-long-preview-secret')).toBe(false)
    expect(secretMatches(null, 'a-long-preview-secret')).toBe(false)
  })

  it('never matches when no secret is configured', () => {
    expect(secretMatches('', undefined)).toBe(false)
    expect(secretMatches('anything', undefined)).toBe(false)
  })
})

describe('previewRedirect', () => {
  it.each([
    ['/guides/flat-feet', '/guides/flat-feet'],
    ['/guides?area=heel', '/guides?area=heel'],
    [null, '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/\\evil.example', '/'],
    ['javascript:alert(1)', '/'],
  ])('%j goes to %j', (value, expected) => expect(previewRedirect(value)).toBe(expected))
})
