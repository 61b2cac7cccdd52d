import { describe, expect, it } from 'vitest'
import { relatedGuides } from '../../../lib/finder/related-guides'
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

describe('relatedGuides', () => {
  const conditions = [
    {
      name: 'Achilles pain',
      slug: 'achilles-pain',
      features: [{ feature: 'heel-lift', evidence: 'limited' }],
      guides: [{ slug: 'achilles', title: 'Achilles pain' }],
    },
    {
      name: 'Knee arthritis',
      slug: 'knee-oa',
      features: [{ feature: 'lateral-wedge', evidence: 'against' }],
      guides: [{ slug: 'knee-oa', title: 'Knee arthritis' }],
    },
    {
      name: 'Ball of foot',
      slug: 'ball',
      features: [{ feature: 'metatarsal-pad', evidence: 'limited' }],
      avoid: [{ feature: 'heel-lift' }],
      guides: [{ slug: 'ball', title: 'Ball-of-foot pain' }],
    },
    { name: 'Untested', slug: 'untested', features: [{ feature: 'heel-lift', evidence: 'not-tested' }], guides: [{ slug: 'calves', title: 'Tight calves' }] },
    { name: 'Broken', slug: 'broken', features: [{ feature: 'rocket-boost', evidence: 'strong' }], guides: [{ slug: 'x', title: 'X' }] },
  ]

  it('links guides on conditions for which the insole has a feature with some evidence', () => {
    expect(relatedGuides({ ...base, heelLift: true }, conditions)).toEqual([{ slug: 'achilles', title: 'Achilles pain' }])
  })

  it('never links a guide whose condition rules out a feature the insole has, or has evidence against it', () => {
    expect(relatedGuides({ ...base, heelLift: true, metatarsalPad: true }, conditions).map((g) => g.slug)).toEqual(['achilles'])
    expect(relatedGuides({ ...base, posting: 'lateral' }, conditions)).toEqual([])
  })
})

describe('checkInsole', () => {
  it('accepts a complete insole and drops unknown activity values', () => {
    const result = checkInsole({ ...base, slug: 'x', name: 'X', activities: ['walking', 'flying'], footwear: null })
    expect(result).toEqual({ ok: true, insole: { ...base, slug: 'x', name: 'X', activities: ['walking'], footwear: [], buyUrl: null } })
  })

  it.each([
    ['https://shop.groundwork.test/heel', 'https://shop.groundwork.test/heel'],
    ['http://shop.groundwork.test/heel', null],
    ['javascript:alert(1)', null],
    ['https://', null],
  ])('keeps a buy link only when it is https: %s', (buyUrl, kept) => {
    const result = checkInsole({ ...base, slug: 'x', name: 'X', footwear: ['casual'], buyUrl })
    expect(result.ok && result.insole.buyUrl).toBe(kept)
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
