import { describe, expect, it } from 'vitest'
import { seedDocuments } from '../../support/seed'

type Span = { text?: string; marks?: string[] }
type Block = { _type: string; markDefs?: { _key: string; _type: string; ref?: number }[]; children?: Span[] }
type Guide = { _id: string; title: string; body?: Block[]; references?: { authors?: string; url?: string; doi?: string; pmid?: string; title: string }[] }

const guides = seedDocuments().filter((doc) => doc._type === 'guide' && !doc._id.startsWith('drafts.')) as unknown as Guide[]
const textOf = (guide: Guide) =>
  (guide.body ?? [])
    .filter((block) => block._type === 'block')
    .map((block) => (block.children ?? []).map((span) => span.text ?? '').join(''))
    .join('\n')

// REVIEW-2026-11.md items 8, 12 and 13: guides that are complete, traceable and plain.
describe.each(guides.map((guide) => [guide._id, guide] as const))('%s', (_id, guide) => {
  it('has at least 300 words of body text', () => {
    expect(textOf(guide).split(/\s+/).filter(Boolean).length).toBeGreaterThanOrEqual(300)
  })

  it('gives every reference its authors and a DOI, PMID or URL', () => {
    for (const reference of guide.references ?? []) {
      expect(reference.authors, reference.title).toBeTruthy()
      expect(reference.doi || reference.pmid || reference.url, reference.title).toBeTruthy()
    }
  })

  it('cites only references it lists, and cites every one', () => {
    const count = guide.references?.length ?? 0
    const cited = new Set<number>()
    for (const block of guide.body ?? []) {
      const used = new Set((block.children ?? []).flatMap((span) => span.marks ?? []))
      for (const def of block.markDefs ?? []) {
        if (def._type !== 'cite') continue
        expect(def.ref, `${def._key} in ${guide._id}`).toBeGreaterThanOrEqual(1)
        expect(def.ref, `${def._key} in ${guide._id}`).toBeLessThanOrEqual(count)
        expect(used.has(def._key), `${def._key} marks some text`).toBe(true)
        cited.add(def.ref!)
      }
    }
    expect([...cited].sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i + 1))
  })

  it('explains its jargon and drops unsourced figures', () => {
    const text = textOf(guide)
    expect(text).not.toMatch(/\bsham\b/i)
    expect(text).not.toMatch(/\bRR \d/)
    expect(text).not.toMatch(/0\.67/)
  })
})
