import { describe, expect, it } from 'vitest'
import { seedDocuments } from '../../support/seed'

type Span = { text?: string; marks?: string[] }
type Block = { _type: string; style?: string; markDefs?: { _key: string; _type: string; ref?: number }[]; children?: Span[] }
type Guide = { _id: string; title: string; body?: Block[]; references?: { authors?: string; url?: string; doi?: string; pmid?: string; title: string }[] }

const guides = seedDocuments().filter((doc) => doc._type === 'guide' && !doc._id.startsWith('drafts.')) as unknown as Guide[]
const textOf = (guide: Guide) =>
  (guide.body ?? [])
    .filter((block) => block._type === 'block')
    .map((block) => (block.children ?? []).map((span) => span.text ?? '').join(''))
    .join('\n')

const headingsOf = (guide: Guide) =>
  (guide.body ?? [])
    .filter((block) => block._type === 'block' && (block.style === 'h2' || block.style === 'h3'))
    .map((block) => (block.children ?? []).map((span) => span.text ?? '').join(''))

// The sections readers expect from NHS condition pages (issue 10, "Guides: traceable and
// complete"; REVIEW-2026-11.md, "What NHS condition pages have"), each under a heading of its
// own so the table of contents shows it. Matched loosely: each guide words it for its topic.
const SECTIONS = [
  ['treatment from a GP, physiotherapist or podiatrist', /\b(?:GP|physiotherapist|podiatrist)s?\b/i],
  ['how long it usually lasts', /\bhow long\b/i],
  ['what a pharmacist can help with', /\bpharmacists?\b/i],
  ['conditions that can feel similar', /\bfeel similar\b|\bother (?:causes|things that can cause)\b|\bsign of something else\b/i],
] as const

// REVIEW-2026-11.md items 8, 12 and 13: guides that are complete, traceable and plain.
describe.each(guides.map((guide) => [guide._id, guide] as const))('%s', (_id, guide) => {
  it('has at least 300 words of body text', () => {
    expect(textOf(guide).split(/\s+/).filter(Boolean).length).toBeGreaterThanOrEqual(300)
  })

  it.each(SECTIONS)('has a heading for %s', (_section, pattern) => {
    const headings = headingsOf(guide)
    expect(headings.some((heading) => pattern.test(heading)), headings.join(' | ')).toBe(true)
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

  it('links the NHS page on diabetic feet wherever it talks about diabetes', () => {
    if (!/\bdiabet/i.test(textOf(guide))) return
    expect(guide.references?.map((reference) => reference.url)).toContain('https://www.nhs.uk/conditions/diabetes/foot-problems/')
  })

  it('cites the military trials wherever it says matching to arch type did not cut injuries', () => {
    if (!/did not cut the number of injuries/i.test(textOf(guide))) return
    expect(guide.references?.filter((reference) => reference.authors?.startsWith('Knapik')).length).toBeGreaterThanOrEqual(1)
  })

  it('explains its jargon and drops unsourced figures', () => {
    const text = textOf(guide)
    expect(text).not.toMatch(/\bsham\b/i)
    expect(text).not.toMatch(/\bRR \d/)
    expect(text).not.toMatch(/0\.67/)
  })
})

describe('the section check', () => {
  it('reads headings only: a paragraph that mentions a pharmacist is not a section', () => {
    const guide: Guide = {
      _id: 'guide-x',
      title: 'X',
      body: [
        { _type: 'block', style: 'h2', children: [{ text: 'Things you can try yourself' }] },
        { _type: 'block', style: 'normal', children: [{ text: 'A pharmacist can give advice on painkillers.' }] },
      ],
    }
    expect(headingsOf(guide).some((heading) => SECTIONS[2][1].test(heading))).toBe(false)
  })

  it('covers every published guide', () => {
    expect(guides.length).toBeGreaterThanOrEqual(10)
  })
})
