import { describe, expect, it } from 'vitest'
import { ContentConfigError, DEFAULT_API_VERSION, parseContentEnv } from '../../../lib/content/env'

describe('parseContentEnv', () => {
  it('uses the embedded dataset when no Sanity variable is set', () => {
    expect(parseContentEnv({})).toEqual({ siteUrl: 'http://localhost:3000', source: { kind: 'embedded' } })
  })

  it('treats blank values as unset', () => {
    const config = parseContentEnv({ NEXT_PUBLIC_SANITY_PROJECT_ID: '  ', NEXT_PUBLIC_SANITY_DATASET: '' })
    expect(config.source.kind).toBe('embedded')
  })

  it('reads from Sanity when project and dataset are both set', () => {
    const config = parseContentEnv({
      NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123',
      NEXT_PUBLIC_SANITY_DATASET: 'production',
      SITE_URL: 'https://groundwork.example/',
    })
    expect(config).toEqual({
      siteUrl: 'https://groundwork.example',
      source: { kind: 'sanity', projectId: 'abc123', dataset: 'production', apiVersion: DEFAULT_API_VERSION, useCdn: true },
    })
  })

  it('goes to the live API, not the CDN, when a read token is set', () => {
    const config = parseContentEnv({
      NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123',
      NEXT_PUBLIC_SANITY_DATASET: 'production',
      SANITY_API_READ_TOKEN: 'secret-token',
    })
    expect(config.source).toMatchObject({ kind: 'sanity', token: 'secret-token', useCdn: false })
  })

  it.each([
    [{ NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123' }, /NEXT_PUBLIC_SANITY_DATASET is required/],
    [{ NEXT_PUBLIC_SANITY_DATASET: 'production' }, /NEXT_PUBLIC_SANITY_PROJECT_ID is required/],
  ])('refuses a half-set Sanity configuration %o', (env, message) => {
    expect(() => parseContentEnv(env)).toThrow(ContentConfigError)
    expect(() => parseContentEnv(env)).toThrow(message)
  })

  it.each([
    ['NEXT_PUBLIC_SANITY_PROJECT_ID', 'Not Valid!'],
    ['NEXT_PUBLIC_SANITY_API_VERSION', 'yesterday'],
    ['SITE_URL', 'not a url'],
    ['SITE_URL', 'javascript:alert(1)'],
    ['SANITY_USE_CDN', 'sometimes'],
  ])('names the bad variable %s', (name, value) => {
    const env = { NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123', NEXT_PUBLIC_SANITY_DATASET: 'production', [name]: value }
    expect(() => parseContentEnv(env)).toThrow(new RegExp(name))
  })
})

describe('SITE_URL in production', () => {
  it('stops a production build or server that has no SITE_URL, naming the variable', () => {
    expect(() => parseContentEnv({ NODE_ENV: 'production' })).toThrow(/SITE_URL is required in production/)
  })

  it('takes the SITE_URL given in production, and keeps the local default in development', () => {
    expect(parseContentEnv({ NODE_ENV: 'production', SITE_URL: 'https://insoles.groundwork.test/' }).siteUrl).toBe('https://insoles.groundwork.test')
    expect(parseContentEnv({ NODE_ENV: 'development' }).siteUrl).toBe('http://localhost:3000')
  })
})
