import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createEmbeddedSource } from '../../../lib/content/embedded-source'
import type { SanityDocument } from '../../../lib/content/ndjson'
import { seedDocuments } from '../../support/seed'

// Which guide, insole and exercise addresses the proxy lets through to their pages, and when
// it reads them: once per content version, and never holding a page up for Sanity.
const state = vi.hoisted(() => ({
  kind: 'embedded' as 'embedded' | 'sanity',
  docs: [] as SanityDocument[],
  version: 'v1',
  reads: [] as string[],
  down: false,
}))

vi.mock('../../../lib/content/client', () => ({
  contentConfig: () => ({ source: { kind: state.kind } }),
  contentVersion: () => state.version,
  fetchContent: async (query: string, params: Record<string, unknown> = {}) => {
    state.reads.push(query.includes('$slug') ? `one:${String(params.type)}/${String(params.slug)}` : 'all')
    if (state.down) throw new Error('Content Lake did not answer')
    return createEmbeddedSource(() => state.docs).fetch(query, params)
  },
}))

type Module = typeof import('../../../lib/content/page-addresses')
let addresses: Module
let announcePublish: () => Promise<void>

const guide = (slug: string, extra: Partial<SanityDocument> = {}): SanityDocument => ({ _id: `guide-${slug}`, _type: 'guide', title: `Guide ${slug}`, slug: { _type: 'slug', current: slug }, ...extra })
/** Lets a read started in the background finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

beforeEach(async () => {
  state.kind = 'embedded'
  state.docs = seedDocuments()
  state.version = 'v1'
  state.reads.length = 0
  state.down = false
  vi.resetModules()
  addresses = await import('../../../lib/content/page-addresses')
  ;({ announcePublish } = await import('../../../lib/cache/shared-redis'))
})

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('published page addresses, embedded', () => {
  it('know every guide, insole and exercise in the seed, each under its own kind', async () => {
    const { isPublishedPage } = addresses
    expect(await isPublishedPage('guide', 'plantar-heel-pain')).toBe(true)
    expect(await isPublishedPage('insole', 'heel-lift-plus')).toBe(true)
    expect(await isPublishedPage('exercise', 'wall-calf-stretch')).toBe(true)
    expect(await isPublishedPage('guide', 'heel-lift-plus')).toBe(false)
    expect(await isPublishedPage('guide', 'no-such-guide')).toBe(false)
    expect(state.reads).toEqual(['all'])
  })

  it('leave out drafts and documents without a title, which have no page', async () => {
    const { isPublishedPage } = addresses
    state.docs = [guide('draft-only', { _id: 'drafts.guide-draft-only' }), guide('untitled', { title: undefined }), guide('ready')]
    expect(await isPublishedPage('guide', 'draft-only')).toBe(false)
    expect(await isPublishedPage('guide', 'untitled')).toBe(false)
    expect(await isPublishedPage('guide', 'ready')).toBe(true)
  })

  it('read the content again after a publish or a new content version, not before', async () => {
    const { isPublishedPage } = addresses
    state.docs = [guide('first')]
    expect(await isPublishedPage('guide', 'second')).toBe(false)
    state.docs = [guide('first'), guide('second')]
    expect(await isPublishedPage('guide', 'second')).toBe(false)
    await announcePublish()
    expect(await isPublishedPage('guide', 'second')).toBe(true)
    state.docs = [guide('first')]
    state.version = 'v2'
    expect(await isPublishedPage('guide', 'second')).toBe(false)
    expect(state.reads).toEqual(['all', 'all', 'all'])
  })

  it('pass on a failed read, and read again on the next request', async () => {
    const { isPublishedPage } = addresses
    state.down = true
    await expect(isPublishedPage('guide', 'plantar-heel-pain')).rejects.toThrow('Content Lake did not answer')
    state.down = false
    expect(await isPublishedPage('guide', 'plantar-heel-pain')).toBe(true)
  })
})

describe('published page addresses, Sanity', () => {
  beforeEach(() => {
    state.kind = 'sanity'
    state.docs = [guide('first')]
  })

  it('never hold a page up for the list: until it arrives, every address goes to its page', async () => {
    const { isPublishedPage } = addresses
    expect(await isPublishedPage('guide', 'no-such-guide')).toBeUndefined()
    await settle()
    expect(await isPublishedPage('guide', 'first')).toBe(true)
    expect(await isPublishedPage('guide', 'no-such-guide')).toBe(false)
    expect(state.reads).toEqual(['all', 'one:guide/no-such-guide'])
  })

  it('ask about an address missing from the list, and remember one published since', async () => {
    const { isPublishedPage } = addresses
    await isPublishedPage('guide', 'first')
    await settle()
    state.docs = [guide('first'), guide('published-since')]
    expect(await isPublishedPage('guide', 'published-since')).toBe(true)
    expect(await isPublishedPage('guide', 'published-since')).toBe(true)
    expect(state.reads).toEqual(['all', 'one:guide/published-since'])
  })

  it('read the list again a minute later, or after a publish', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const { isPublishedPage, SANITY_LIST_MS } = addresses
    await isPublishedPage('guide', 'first')
    await settle()
    await isPublishedPage('guide', 'first')
    expect(state.reads).toEqual(['all'])
    vi.setSystemTime(Date.now() + SANITY_LIST_MS)
    state.docs = []
    // The old list answers while the new one is read.
    expect(await isPublishedPage('guide', 'first')).toBe(true)
    await settle()
    expect(await isPublishedPage('guide', 'first')).toBe(false)
    state.docs = [guide('first')]
    await announcePublish()
    await isPublishedPage('guide', 'first')
    await settle()
    expect(await isPublishedPage('guide', 'first')).toBe(true)
    expect(state.reads.filter((read) => read === 'all')).toHaveLength(3)
  })

  it('while Sanity fails, ask nothing for half a minute, with one warning', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { isPublishedPage, SANITY_RETRY_MS } = addresses
    state.down = true
    expect(await isPublishedPage('guide', 'first')).toBeUndefined()
    await settle()
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]?.[0])).toContain('Content Lake did not answer')
    for (let i = 0; i < 5; i++) expect(await isPublishedPage('guide', 'no-such-guide')).toBeUndefined()
    expect(state.reads).toEqual(['all'])

    state.down = false
    vi.setSystemTime(Date.now() + SANITY_RETRY_MS)
    expect(await isPublishedPage('guide', 'no-such-guide')).toBeUndefined()
    await settle()
    expect(await isPublishedPage('guide', 'no-such-guide')).toBe(false)
    expect(warn).toHaveBeenCalledTimes(1)
  })
})
