import { describe, expect, it } from 'vitest'
import { createEmbeddedSource } from '../../../lib/content/embedded-source'
import type { SanityDocument } from '../../../lib/content/ndjson'

describe('the embedded source', () => {
  it('reads its dataset once, and again only on reload', async () => {
    let reads = 0
    let docs: SanityDocument[] = [{ _id: 'a', _type: 'guide', title: 'Old' }]
    const source = createEmbeddedSource(() => {
      reads++
      return docs
    })
    expect(await source.fetch('*[_id == "a"][0].title')).toBe('Old')
    docs = [{ _id: 'a', _type: 'guide', title: 'New' }]
    expect(await source.fetch('*[_id == "a"][0].title')).toBe('Old')
    expect(reads).toBe(1)
    source.reload()
    expect(await source.fetch('*[_id == "a"][0].title')).toBe('New')
    expect(reads).toBe(2)
  })

  it('has a version that changes with the content and only with it', () => {
    let docs: SanityDocument[] = [{ _id: 'a', _type: 'guide', title: 'Old' }]
    const source = createEmbeddedSource(() => docs)
    const first = source.version()
    source.reload()
    expect(source.version()).toBe(first)
    docs = [{ _id: 'a', _type: 'guide', title: 'New' }]
    source.reload()
    expect(source.version()).not.toBe(first)
  })

  it('keeps drafts out of published reads and lays them over published ones in preview', async () => {
    const source = createEmbeddedSource(() => [
      { _id: 'a', _type: 'guide', title: 'Published' },
      { _id: 'drafts.a', _type: 'guide', title: 'Draft' },
    ])
    expect(await source.fetch('*[_type == "guide"].title')).toEqual(['Published'])
    expect(await source.fetch('*[_type == "guide"].title', {}, 'drafts')).toEqual(['Draft'])
  })
})
