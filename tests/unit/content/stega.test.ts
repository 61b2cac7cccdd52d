import { stegaClean, stegaEncodeSourceMap } from '@sanity/client/stega'
import { describe, expect, it } from 'vitest'
import { finderContentView } from '../../../lib/content/finder-content'
import { STEGA } from '../../../lib/content/sanity-source'
import type { Answers } from '../../../lib/finder/answers'
import { recommend } from '../../../lib/finder/engine'
import { seedFinderContent } from '../../support/finder-content'

const HIDDEN = /[\u200B-\u200D\uFEFF\u2060-\u2064]|[\u{E0000}-\u{E007F}]/u

/** A Content Source Map that says every value in `result` came from document 0 at the same path. */
function sourceMapFor(result: Record<string, unknown>) {
  const paths = Object.keys(result).map((key) => `$['${key}']`)
  return {
    documents: [{ _id: 'insole-x', _type: 'insole' }],
    paths,
    mappings: Object.fromEntries(paths.map((path, i) => [path, { type: 'value', source: { type: 'documentValue', document: 0, path: i } }])),
  }
}

describe('Presentation markers in preview reads', () => {
  it('go on the prose a reader sees, never on slugs, links or the finder vocabulary', () => {
    const result = {
      name: 'Heel Lift Plus',
      tagline: 'A gentle heel raise for comfort.',
      slug: 'heel-lift-plus',
      buyUrl: 'https://www.nhs.uk/conditions/achilles-tendinopathy/',
      archSupport: 'low',
      footwear: 'casual',
      evidence: 'limited',
    }
    const encoded = stegaEncodeSourceMap(result, sourceMapFor(result) as never, { enabled: true, ...STEGA } as never) as typeof result
    expect(encoded.name).toMatch(HIDDEN)
    expect(encoded.tagline).toMatch(HIDDEN)
    for (const key of ['slug', 'buyUrl', 'archSupport', 'footwear', 'evidence'] as const) expect(encoded[key], key).toBe(result[key])
    expect(stegaClean(encoded)).toEqual(result)
  })

  it('do not change what the finder recommends', async () => {
    const clean = await seedFinderContent()
    // Worst case: every string marked, as if every field were encoded.
    const mark = (value: unknown): unknown =>
      typeof value === 'string'
        ? stegaEncodeSourceMap({ v: value }, sourceMapFor({ v: value }) as never, { enabled: true, studioUrl: '/studio' } as never).v
        : Array.isArray(value)
          ? value.map(mark)
          : value && typeof value === 'object'
            ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mark(v)]))
            : value
    const marked = mark(clean) as typeof clean
    expect(JSON.stringify(marked)).toMatch(HIDDEN)
    const answers: Answers = { flags: 'none', health: 'none', arch: 'flat', symptoms: ['heel-pain', 'arch-pain'], activity: 'walking', footwear: 'casual' }
    const expected = recommend(answers, clean as never)
    expect(recommend(answers, finderContentView(marked as never) as never)).toEqual(expected)
    // Without the cleaning at the door, the marked vocabulary would not be recognised.
    const skipped: string[] = []
    expect(recommend(answers, marked as never, (message) => skipped.push(message))).not.toEqual(expected)
    expect(skipped.join('\n')).toMatch(/skipped insole/)
  })
})
