import { describe, expect, it } from 'vitest'
import { conditionFits } from '../../../lib/finder/condition-fit'
import { featureFit, type InsoleSupport } from '../../../lib/finder/features'
import { checkInsole } from '../../../lib/finder/insole'

const base: InsoleSupport = {
  archSupport: 'low',
  firmness: 'soft',
  heelCup: 'shallow',
  posting: 'none',
  cushioning: 'low',
  metatarsalPad: false,
  heelLift: false,
  profile: 'standard',
}

describe('featureFit', () => {
  it.each([
    [{ archSupport: 'high' }, 'arch-support', 1],
    [{ archSupport: 'medium' }, 'arch-support', 0.5],
    [{}, 'arch-support', 0],
    [{ posting: 'medial' }, 'medial-posting', 1],
    [{ posting: 'lateral' }, 'medial-posting', 0],
    [{ posting: 'lateral' }, 'lateral-wedge', 1],
    [{ firmness: 'rigid' }, 'firm-shell', 1],
    [{ heelCup: 'deep' }, 'deep-heel-cup', 1],
    [{ cushioning: 'high' }, 'cushioning', 1],
    [{}, 'accommodative-shell', 1],
    [{ posting: 'medial' }, 'accommodative-shell', 0],
    [{ firmness: 'rigid' }, 'accommodative-shell', 0],
    [{ heelLift: true }, 'heel-lift', 1],
    [{ metatarsalPad: true }, 'metatarsal-pad', 1],
    [{}, 'metatarsal-pad', 0],
  ] as const)('%o has %s to degree %d', (overrides, feature, expected) => {
    expect(featureFit({ ...base, ...overrides }, feature)).toBe(expected)
  })
})

describe('conditionFits', () => {
  const conditions = [
    {
      name: 'Achilles pain',
      slug: 'achilles-pain',
      features: [{ feature: 'heel-lift', evidence: 'moderate', note: 'Rabusin 2021' }],
    },
    { name: 'Knee osteoarthritis', slug: 'knee-oa', features: [{ feature: 'lateral-wedge', evidence: 'against', note: null }] },
    { name: 'Broken', slug: 'broken', features: [{ feature: 'rocket-boost', evidence: 'strong', note: null }] },
  ]

  it('lists conditions whose features the insole has, with the evidence from the content', () => {
    expect(conditionFits({ ...base, heelLift: true }, conditions)).toEqual([
      {
        name: 'Achilles pain',
        slug: 'achilles-pain',
        matches: [{ feature: 'heel-lift', evidence: 'moderate', note: 'Rabusin 2021', fit: 1 }],
      },
    ])
  })

  it('keeps "evidence against" so a page can say so, and ignores unknown features', () => {
    const fits = conditionFits({ ...base, posting: 'lateral' }, conditions)
    expect(fits.map((fit) => [fit.slug, fit.matches[0]?.evidence])).toEqual([['knee-oa', 'against']])
  })
})

describe('checkInsole', () => {
  it('accepts a complete insole and drops unknown activity values', () => {
    const result = checkInsole({ ...base, slug: 'x', name: 'X', activities: ['walking', 'flying'], footwear: null })
    expect(result).toEqual({ ok: true, insole: { ...base, slug: 'x', name: 'X', activities: ['walking'], footwear: [] } })
  })

  it('names the attributes a product lacks', () => {
    const { archSupport: _omit, ...partial } = base
    void _omit
    expect(checkInsole({ ...partial, slug: 'x', name: 'X', heelLift: 'yes' })).toEqual({
      ok: false,
      slug: 'x',
      problems: ['archSupport', 'heelLift'],
    })
  })
})
