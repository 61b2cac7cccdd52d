import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSanitySource } from '../../../lib/content/sanity-source'
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

  it.each(QUERY_CASES)('$name', async ({ query, params }) => {
    const before = api.requests.length
    const [fromSanity, fromEmbedded] = await Promise.all([sanity.fetch(query, params), embedded.fetch(query, params)])
    expect(api.requests.length).toBe(before + 1)
    expect(fromSanity).toEqual(fromEmbedded)
  })

  it('reports an API error instead of returning nothing', async () => {
    await expect(sanity.fetch('*[_type == ')).rejects.toThrow()
  })
})
