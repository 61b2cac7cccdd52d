import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSanitySource, SANITY_MAX_RETRIES, SANITY_TIMEOUT_MS } from '../../../lib/content/sanity-source'
import type { ContentSource } from '../../../lib/content/source'
import { startFakeSanityApi, type FakeSanityApi } from '../../support/fake-sanity-api'
import { QUERY_CASES } from '../../support/query-cases'
import { seedDocuments, seedSource } from '../../support/seed'

// The Sanity source goes through @sanity/client over real HTTP to a loopback server
// that runs groq-js over the seed: the embedded source must answer every query the same.
describe('embedded and Sanity sources agree', () => {
  let api: FakeSanityApi
  let sanity: ContentSource
  const embedded = seedSource()

  beforeAll(async () => {
    api = await startFakeSanityApi(seedDocuments())
    sanity = createSanitySource({
      kind: 'sanity',
      projectId: 'groundwork-test',
      dataset: 'production',
      apiVersion: '2025-09-01',
      apiHost: api.url,
      useCdn: false,
    })
  })
  afterAll(() => api.close())

  it('gives up on a read after 5 seconds at most', () => {
    expect(SANITY_TIMEOUT_MS).toBeLessThanOrEqual(5_000)
  })

  it.each(QUERY_CASES)('$name', async ({ query, params }) => {
    const before = api.requests.length
    const [fromSanity, fromEmbedded] = await Promise.all([sanity.fetch(query, params), embedded.fetch(query, params)])
    expect(api.requests.length).toBe(before + 1)
    expect(fromSanity).toEqual(fromEmbedded)
  })

  it.each(QUERY_CASES.filter(({ name }) => /guide|sitemap/.test(name)))('$name, in draft preview', async ({ query, params }) => {
    const withToken = createSanitySource({
      kind: 'sanity',
      projectId: 'groundwork-test',
      dataset: 'production',
      apiVersion: '2025-09-01',
      apiHost: api.url,
      useCdn: false,
      token: 'test-read-token',
    })
    const [fromSanity, fromEmbedded] = await Promise.all([
      withToken.fetch(query, params, 'drafts'),
      embedded.fetch(query, params, 'drafts'),
    ])
    expect(fromSanity).toEqual(fromEmbedded)
  })

  it('draft preview shows the draft title; published reads never do', async () => {
    const draftTitle = await embedded.fetch<{ title: string }>(QUERY_CASES.find((c) => c.name === 'guide with a draft')!.query, { slug: 'flat-feet' }, 'drafts')
    expect(draftTitle.title).toBe('Flat feet (draft rewrite)')
  })

  it('refuses draft preview from Sanity without a read token', () => {
    expect(() => sanity.fetch('*[0]', {}, 'drafts')).toThrow(/SANITY_API_READ_TOKEN/)
  })

  it('a slow API: the read gives up within its time limit, retries included', async () => {
    const slow = createSanitySource({ kind: 'sanity', projectId: 'groundwork-test', dataset: 'production', apiVersion: '2025-09-01', apiHost: api.url, useCdn: false }, 300)
    api.mode = 'slow'
    const started = Date.now()
    try {
      await expect(slow.fetch('*[0]')).rejects.toThrow()
    } finally {
      api.mode = 'ok'
    }
    expect(Date.now() - started).toBeLessThan(1_000)
  })

  it('an API that keeps failing throws after bounded retries, never an empty answer', async () => {
    api.mode = 'error'
    const before = api.requests.length
    try {
      await expect(sanity.fetch('*[_type == "guide"]')).rejects.toThrow()
    } finally {
      api.mode = 'ok'
    }
    expect(api.requests.length - before).toBe(1 + SANITY_MAX_RETRIES)
  })

  it('reports an API error instead of returning nothing', async () => {
    await expect(sanity.fetch('*[_type == ')).rejects.toThrow()
  })

  it('cached reads are keyed per run, so a new build or server never trusts reads cached by an earlier one', () => {
    const config = { kind: 'sanity', projectId: 'groundwork-test', dataset: 'production', apiVersion: '2025-09-01', apiHost: api.url, useCdn: false } as const
    const earlierRun = createSanitySource(config)
    const laterRun = createSanitySource(config)
    expect(earlierRun.version()).toBe(earlierRun.version())
    expect(laterRun.version()).not.toBe(earlierRun.version())
  })
})
