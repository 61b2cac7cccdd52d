import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { Answers } from '../../../lib/finder/answers'
import { allowedFor, BEST_PICKS, MAX_ITEMS, recommend, type FinderContent, type Recommendations } from '../../../lib/finder/engine'
import type { InsoleSupport } from '../../../lib/finder/features'
import { EVIDENCE_LABELS, UNSCORED_SYMPTOMS, WARNING_SIGN_IDS, WARNING_SIGNS } from '../../../lib/domain'
import { seedFinderContent } from '../../support/finder-content'

const base: Answers = { flags: 'none', health: 'none', arch: 'neutral', symptoms: [], activity: 'walking', footwear: 'casual' }
let content: FinderContent

beforeAll(async () => {
  content = await seedFinderContent()
})

const ranked = (answers: Partial<Answers>, from: FinderContent = content) => {
  const result = recommend({ ...base, ...answers }, from, () => {})
  if (result.outcome !== 'recommendations') throw new Error(`expected recommendations, got ${result.outcome}`)
  return result
}
const top = (answers: Partial<Answers>) => ranked(answers).items[0]!

describe('warning signs come first', () => {
  it.each(WARNING_SIGN_IDS.filter((sign) => WARNING_SIGNS[sign].urgency !== 'soon'))('%s stops the finder: no product', (sign) => {
    const result = recommend({ ...base, flags: [sign] }, content)
    expect(result).toEqual({
      outcome: 'seek-care',
      urgency: WARNING_SIGNS[sign].urgency,
      title: WARNING_SIGNS[sign].urgency === 'emergency' ? 'Get medical help now' : 'Get help today',
      message: expect.stringMatching(WARNING_SIGNS[sign].urgency === 'emergency' ? /Call 999/ : /NHS 111/),
      signs: [sign],
    })
    expect(result).not.toHaveProperty('items')
  })

  it.each(WARNING_SIGN_IDS.filter((sign) => WARNING_SIGNS[sign].urgency === 'soon'))(
    '%s advises seeing a doctor first, with the products under it',
    (sign) => {
      const result = ranked({ flags: [sign] })
      expect(result.advisory).toEqual({
        urgency: 'soon',
        title: 'See a GP or physiotherapist soon',
        message: expect.stringMatching(/GP/),
        signs: [sign],
      })
      expect(result.items.length).toBeGreaterThan(0)
    },
  )

  it('the most urgent sign decides, and soon signs are not listed as the reason', () => {
    const result = recommend({ ...base, flags: ['night-pain', 'pain-over-two-weeks', 'saddle-numbness'] }, content)
    expect(result).toMatchObject({ outcome: 'seek-care', urgency: 'emergency', signs: ['night-pain', 'saddle-numbness'] })
  })

  it('no warning sign gives no advisory', () => {
    expect(ranked({}).advisory).toBeNull()
  })
})

const insole = (slug: string) => content.insoles.find((i) => (i as { slug: string }).slug === slug) as Record<string, unknown>
const slugs = (result: Recommendations) => result.items.map((item) => item.slug)

describe('fit first: hard rules before any ranking', () => {
  it.each(['athletic', 'casual', 'work-boots', 'dress'] as const)('every insole offered for %s fits those shoes', (footwear) => {
    for (const symptoms of [[], ['heel-pain'], ['achilles-pain', 'shin-pain']] as const) {
      const result = ranked({ footwear, symptoms: [...symptoms] })
      for (const item of result.items) expect(item.fits, item.slug).toContain(footwear)
    }
  })

  it('dress shoes get slim insoles only, even when the data says otherwise', () => {
    const mislabelled = { ...insole('cushion-arch'), slug: 'thick-dress', footwear: ['dress'] }
    const result = ranked({ footwear: 'dress' }, { ...content, insoles: [...content.insoles, mislabelled] })
    expect(result.items.length).toBeGreaterThan(0)
    for (const item of result.items) expect(item.support.profile).toBe('slim')
  })

  it('a boot-only insole is never offered for trainers', () => {
    expect(slugs(ranked({ footwear: 'athletic', activity: 'hiking' }))).not.toContain('trail-support')
    expect(slugs(ranked({ footwear: 'work-boots', activity: 'hiking' }))).toContain('trail-support')
  })

  it.each([
    ['flat', [], 'lateral-wedge', 'lateral'],
    ['low', ['heel-pain'], 'lateral-wedge', 'lateral'],
    ['high', [], 'medial-posting', 'medial'],
    ['high', ['shin-pain'], 'medial-posting', 'medial'],
  ] as const)('%s arches (pain: %o) rule out %s, and say why', (arch, symptoms, feature, posting) => {
    const result = ranked({ arch, symptoms: [...symptoms], footwear: 'athletic' })
    for (const item of result.items) expect(item.support.posting).not.toBe(posting)
    expect(result.ruledOut.map((r) => r.feature)).toContain(feature)
    expect(result.ruledOut.find((r) => r.feature === feature)!.reason.length).toBeGreaterThan(20)
  })

  it('ball-of-foot pain rules out a heel lift', () => {
    const result = ranked({ symptoms: ['ball-of-foot-pain', 'achilles-pain'] })
    for (const item of result.items) expect(item.support.heelLift).toBe(false)
    expect(result.items[0]!.support.metatarsalPad).toBe(true)
  })

  it('evidence against a feature excludes it: no lateral wedge for knee arthritis', () => {
    const result = ranked({ symptoms: ['knee-arthritis'] })
    for (const item of result.items) expect(item.support.posting).not.toBe('lateral')
    expect(result.research).toEqual([expect.objectContaining({ topic: 'knee-arthritis', evidence: 'against' })])
  })

  it(`offers at most ${BEST_PICKS} best picks and ${MAX_ITEMS - BEST_PICKS} more, and says nothing fits when nothing does`, () => {
    expect(ranked({}).items.length).toBeLessThanOrEqual(MAX_ITEMS)
    const none = ranked({ footwear: 'dress', health: ['diabetes-numb-feet'] })
    expect(none.items).toEqual([])
  })
})

describe('evidence that does not add up', () => {
  it('flat feet with Achilles pain: the heel lift, the one tested feature, beats a rigid posted shell', () => {
    const result = ranked({ arch: 'flat', symptoms: ['achilles-pain'] })
    expect(result.items[0]!.slug).toBe('heel-lift-plus')
    expect(result.items[0]!.why).toBe('For Achilles pain: it has a heel lift')
    expect(result.items[0]!.reasons[0]!.evidence).toBe('limited')
  })

  it('each complaint counts its single strongest feature, so more features do not mean more evidence', () => {
    const many = { ...insole('stability-control'), slug: 'everything', name: 'Everything', cushioning: 'high', heelCup: 'deep' }
    const one = { ...insole('stability-control'), slug: 'cup-only', name: 'Cup only', archSupport: 'low', firmness: 'soft', posting: 'none', cushioning: 'low', heelCup: 'deep' }
    const result = ranked({ symptoms: ['heel-pain'], footwear: 'athletic' }, { ...content, insoles: [many, one] })
    const byslug = Object.fromEntries(result.items.map((item) => [item.slug, item]))
    // Weak evidence (1) once for heel pain, whether an insole has one of its features or all three.
    expect(byslug.everything!.reasons.filter((r) => r.evidence === 'weak')).toHaveLength(1)
    expect(byslug['cup-only']!.reasons.filter((r) => r.evidence === 'weak')).toHaveLength(1)
  })

  it('complaints add: two complaints with tested features outrank one', () => {
    const result = ranked({ symptoms: ['ball-of-foot-pain', 'shin-pain'], footwear: 'athletic' })
    const top = result.items[0]!
    expect(top.reasons.filter((r) => r.evidence === 'limited')).toHaveLength(2)
  })

  it('arch type is a small comfort preference, never evidence', () => {
    const result = ranked({ arch: 'flat', symptoms: ['heel-pain'] })
    for (const item of result.items) {
      for (const reason of item.reasons.filter((r) => /flat feet/.test(r.text))) expect(reason.evidence).toBeNull()
    }
    // A tested feature for the complaint outweighs any arch preference.
    expect(result.items[0]!.reasons[0]!.text).toMatch(/^For heel pain/)
  })

  it('"not tested" counts nothing: a heel lift for tight calves says so and earns no evidence weight', () => {
    const result = ranked({ symptoms: ['calf-tightness'] })
    const lift = result.items.find((item) => item.support.heelLift)!
    expect(lift.reasons).toContainEqual({ text: 'For tight calves: it has a heel lift, often suggested but not tested', evidence: 'not-tested' })
    expect(result.research[0]).toMatchObject({ topic: 'calf-tightness', evidence: 'not-tested' })
  })

  it('features trials found no benefit from are never a reason: Achilles arch support', () => {
    const result = ranked({ symptoms: ['achilles-pain'], arch: 'neutral' })
    for (const item of result.items) expect(item.reasons.map((r) => r.evidence)).not.toContain('no-benefit')
  })

  it('"no benefit" is worded true to every comparison: the note says what the trials compared', () => {
    // Shin cushioning was compared with no insole (Bonanno 2017), Achilles arch support with a fake one.
    expect(EVIDENCE_LABELS['no-benefit']).toBe('No benefit found in trials')
    const onlyCushioning: FinderContent = {
      ...content,
      conditions: content.conditions.map((condition) =>
        condition.slug === 'shin-pain' ? { ...condition, features: (condition.features ?? []).filter((f) => f.feature === 'cushioning') } : condition,
      ),
    }
    const [line] = ranked({ symptoms: ['shin-pain'] }, onlyCushioning).research
    expect(line).toMatchObject({ topic: 'shin-pain', feature: 'cushioning', evidence: 'no-benefit' })
    expect(line!.text).toMatch(/^Trials found no benefit from cushioning\. .*Plain shock-absorbing insoles did not mean fewer new injuries than wearing no extra insole/)
    expect(line!.text).not.toMatch(/fake insole/)
  })

  it('knee pain is two complaints: front-of-knee evidence is not borrowed for knee arthritis', () => {
    const front = ranked({ symptoms: ['front-knee-pain'] })
    expect(front.items[0]!.reasons[0]).toMatchObject({ evidence: 'moderate' })
    const arthritis = ranked({ symptoms: ['knee-arthritis'] })
    for (const item of arthritis.items) for (const reason of item.reasons) expect(reason.evidence).toBeNull()
  })

  it('shin evidence is labelled as prevention research in recruits, not evidence for pain you already have', () => {
    const [line] = ranked({ symptoms: ['shin-pain'] }).research
    expect(line).toMatchObject({ topic: 'shin-pain', scope: 'prevention' })
    expect(line!.text).toMatch(/preventing it \(in military recruits\), not on pain you already have/)
  })

  it('research is said once per complaint, not once per feature', () => {
    const result = ranked({ symptoms: ['heel-pain', 'achilles-pain'] })
    expect(result.research.map((line) => line.topic)).toEqual(['achilles-pain', 'heel-pain'])
    expect(result.research[1]!.text).toMatch(/^Research on .* is weak\./)
  })

  it('work boots and long hours standing get cushioning', () => {
    expect(top({ footwear: 'work-boots' }).support.cushioning).toBe('high')
    expect(top({ activity: 'standing' }).reasons.map((r) => r.text).join(' ')).toMatch(/cushioning for long hours standing/)
  })

  it('"unsure" is treated like a medium arch, with moderate support', () => {
    const unsure = ranked({ arch: 'unsure' })
    const neutral = ranked({ arch: 'neutral' })
    expect(unsure.items.map((item) => [item.slug, item.score])).toEqual(neutral.items.map((item) => [item.slug, item.score]))
    expect(unsure.items[0]!.support.arch).toBe('medium')
  })
})

describe('low back pain', () => {
  it('is never scored: the note says the evidence is weak and points to exercise and the low back guide', () => {
    const result = ranked({ symptoms: ['low-back-pain'] })
    expect(result.notes).toEqual([
      {
        topic: 'low-back-pain',
        title: 'About insoles and low back pain',
        text: expect.stringMatching(/evidence that insoles help low back pain is weak.*Exercise and staying active/s),
        guide: { slug: 'low-back-pain-and-insoles', title: expect.any(String) },
      },
    ])
    expect(result.guides.map((guide) => guide.slug)).toContain('low-back-pain-and-insoles')
    for (const item of result.items) expect(item.reasons.filter((reason) => reason.text.includes('low back pain'))).toEqual([])
    expect(ranked({ symptoms: ['low-back-pain'] }).items.map((i) => i.score)).toEqual(ranked({}).items.map((i) => i.score))
  })

  it('shows its note, never an evidence label: no research line, whatever the content rates', () => {
    expect(Object.keys(UNSCORED_SYMPTOMS)).toContain('low-back-pain')
    expect(content.conditions.find((condition) => condition.slug === 'low-back-pain')?.features ?? []).toEqual([])
    // An editor's mistake the Studio refuses: low back rated as if insoles helped it.
    const rated: FinderContent = {
      ...content,
      conditions: content.conditions.map((condition) =>
        condition.slug === 'low-back-pain'
          ? {
              ...condition,
              features: [
                { feature: 'arch-support', evidence: 'strong', note: 'Wrong.' },
                { feature: 'lateral-wedge', evidence: 'against', note: 'Wrong too.' },
              ],
            }
          : condition,
      ),
    }
    const back = ranked({ symptoms: ['low-back-pain'] }, rated)
    expect(back.research).toEqual([])
    expect(back.ruledOut).toEqual([])
    expect(back.items.map((item) => [item.slug, item.score])).toEqual(ranked({}, rated).items.map((item) => [item.slug, item.score]))
    for (const item of back.items) for (const reason of item.reasons) expect(reason.evidence).toBeNull()
    expect(back.notes.map((note) => note.topic)).toEqual(['low-back-pain'])
    // With a scored complaint too, only that complaint has a research line.
    expect(ranked({ symptoms: ['low-back-pain', 'heel-pain'] }, rated).research.map((line) => line.topic)).toEqual(['heel-pain'])
  })

  it('adds no note without low back pain', () => {
    expect(ranked({ symptoms: ['heel-pain'] }).notes).toEqual([])
  })
})

describe('guides, exercises, reasons and order', () => {
  it('links the guides and exercises that match the symptoms', () => {
    const result = ranked({ symptoms: ['heel-pain'] })
    expect(result.guides.map((guide) => guide.slug)).toContain('plantar-heel-pain')
    expect(result.exercises.map((exercise) => exercise.slug)).toContain('plantar-fascia-stretch')
  })

  it('every item carries reasons, each with its evidence or none for plain fit', () => {
    const result = ranked({ arch: 'flat', symptoms: ['heel-pain', 'front-knee-pain'], footwear: 'work-boots' })
    for (const item of result.items) {
      expect(item.reasons.length).toBeGreaterThan(0)
      expect(item.why).toBe(item.reasons[0]!.text)
      for (const reason of item.reasons) {
        expect(reason.text.length).toBeGreaterThan(5)
        expect([null, 'strong', 'moderate', 'limited', 'weak', 'not-tested']).toContain(reason.evidence)
      }
    }
    const scores = result.items.map((item) => item.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
  })

  it('skips a product that lacks attributes, with a logged warning, and ranks the rest', () => {
    const warn = vi.fn()
    const broken = { slug: 'half-made', name: 'Half made', archSupport: 'high' }
    const result = recommend(base, { ...content, insoles: [broken, ...content.insoles] }, warn) as Recommendations
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/skipped insole half-made: missing or invalid firmness/))
    expect(result.items.map((item) => item.slug)).not.toContain('half-made')
    expect(result.items.length).toBe((recommend(base, content, () => {}) as Recommendations).items.length)
  })

  it('breaks ties the same way every time, whatever the content order', () => {
    const original = content.insoles.find((insole) => (insole as { slug: string }).slug === 'everyday-balance')
    const twin = (slug: string, name: string) => ({ ...(original as object), slug, name })
    const insoles = [twin('b-twin', 'Beta'), twin('a-twin', 'Alpha'), twin('c-twin', 'Alpha')]
    const forward = ranked({}, { ...content, insoles })
    const backward = ranked({}, { ...content, insoles: [...insoles].reverse() })
    expect(forward.items.map((item) => item.slug)).toEqual(['a-twin', 'c-twin', 'b-twin'])
    expect(backward).toEqual(forward)
  })

  it('editors tune the finder in content: weakening the evidence for heel lifts changes the ranking', () => {
    const tuned: FinderContent = {
      ...content,
      conditions: content.conditions.map((condition) =>
        condition.slug === 'achilles-pain'
          ? { ...condition, features: (condition.features ?? []).map((f) => (f.feature === 'heel-lift' ? { ...f, evidence: 'against' } : f)) }
          : condition,
      ),
    }
    expect(top({ symptoms: ['achilles-pain'] }).support.heelLift).toBe(true)
    for (const item of ranked({ symptoms: ['achilles-pain'] }, tuned).items) expect(item.support.heelLift).toBe(false)
  })

  it(`lists at most ${MAX_ITEMS} insoles, and none left out scores higher than the last one listed`, () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      ...(content.insoles[i % content.insoles.length] as object),
      slug: `copy-${i}`,
      name: `Copy ${String(i).padStart(2, '0')}`,
    }))
    const answers: Partial<Answers> = { arch: 'flat', symptoms: ['heel-pain'], footwear: 'athletic' }
    const result = ranked(answers, { ...content, insoles: many })
    expect(result.items).toHaveLength(MAX_ITEMS)
    const alone = (insole: object) => ranked(answers, { ...content, insoles: [insole] }).items[0]?.score ?? 0
    const last = result.items[MAX_ITEMS - 1]!
    const listed = new Set(result.items.map((item) => item.slug))
    for (const insole of many.filter((insole) => !listed.has(insole.slug))) {
      const score = alone(insole)
      expect(score < last.score || (score === last.score && insole.name > last.name)).toBe(true)
    }
  })
})

describe('before you choose: feet that need a clinician first', () => {
  it('under 16: no product, and when to see a GP or podiatrist', () => {
    const result = recommend({ ...base, health: ['under-16'], symptoms: ['heel-pain'] }, content)
    expect(result).toMatchObject({ outcome: 'see-clinician', reason: 'child' })
    expect(result).not.toHaveProperty('items')
    expect(JSON.stringify(result)).toMatch(/adults/)
    expect(JSON.stringify(result)).toMatch(/Flat feet are normal in young children/)
  })

  it('diabetes with numb feet: the podiatrist first, then only soft, unposted, cushioned insoles with the reason', () => {
    const result = ranked({ health: ['diabetes-numb-feet'], arch: 'flat', symptoms: ['arch-pain'] })
    expect(result.caution).toMatchObject({ kind: 'diabetes', title: 'See a podiatrist before choosing any insole' })
    expect(result.caution!.text.join(' ')).toMatch(/foot protection service/)
    for (const item of result.items) {
      expect(item.support).toMatchObject({ firmness: 'soft', posting: 'none', heelLift: false, metatarsalPad: false })
      expect(item.support.cushioning).not.toBe('low')
    }
    const unrestricted = ranked({ arch: 'flat', symptoms: ['arch-pain'] })
    expect(unrestricted.items.some((item) => item.support.firmness !== 'soft' || item.support.posting !== 'none')).toBe(true)
  })

  it('diabetes with numb feet and no soft insole in the range: no product at all, the advice stays', () => {
    const firmOnly = { ...content, insoles: content.insoles.filter((insole) => (insole as { firmness: string }).firmness !== 'soft') }
    const result = ranked({ health: ['diabetes-numb-feet'] }, firmOnly)
    expect(result.items).toEqual([])
    expect(result.caution?.kind).toBe('diabetes')
  })

  it.each(['poor-circulation', 'inflammatory-arthritis', 'foot-deformity'] as const)(
    '%s: the podiatrist advice first, and no rigid shell or posting',
    (condition) => {
      const result = ranked({ health: [condition], arch: 'flat', symptoms: ['arch-pain', 'front-knee-pain'] })
      expect(result.caution).toMatchObject({ kind: 'podiatrist-first', title: 'See a podiatrist first' })
      expect(result.items.length).toBeGreaterThan(0)
      for (const item of result.items) {
        expect(item.support.firmness).not.toBe('rigid')
        expect(item.support.posting).toBe('none')
      }
    },
  )

  const softFullContact: InsoleSupport = { archSupport: 'low', firmness: 'soft', heelCup: 'shallow', posting: 'none', cushioning: 'high', metatarsalPad: false, heelLift: false, profile: 'standard' }
  it.each([
    ['soft-cushioning-only', {}, true],
    ['soft-cushioning-only', { firmness: 'semi-rigid' }, false],
    ['soft-cushioning-only', { posting: 'medial' }, false],
    ['soft-cushioning-only', { cushioning: 'low' }, false],
    ['soft-cushioning-only', { heelLift: true }, false],
    ['soft-cushioning-only', { metatarsalPad: true }, false],
    ['no-rigid-or-posted', { firmness: 'semi-rigid', heelLift: true, metatarsalPad: true, cushioning: 'low' }, true],
    ['no-rigid-or-posted', { firmness: 'rigid' }, false],
    ['no-rigid-or-posted', { posting: 'lateral' }, false],
    ['no-products', {}, false],
    [null, { firmness: 'rigid', posting: 'medial' }, true],
  ] as const)('the %s limit, for a soft full-contact insole changed by %o: allowed %s', (limit, change, allowed) => {
    expect(allowedFor(limit, { ...softFullContact, ...change })).toBe(allowed)
  })

  it('"none of these" adds no advice', () => {
    expect(ranked({ health: 'none' }).caution).toBeNull()
  })
})

describe('no pain, no need', () => {
  it('with no pain named, the results open with the guides\' words and carry no evidence labels', () => {
    for (const arch of ['flat', 'high', 'low'] as const) {
      const result = ranked({ arch, symptoms: [] })
      expect(result.noPain).toBe(true)
      expect(result.notes[0]).toMatchObject({ topic: 'no-pain', text: expect.stringMatching(/Feet that do not hurt need nothing, whatever their arch/) })
      for (const item of result.items) for (const reason of item.reasons) expect(reason.evidence).toBeNull()
    }
  })

  it('with pain named, there is no such note', () => {
    const result = ranked({ symptoms: ['heel-pain'] })
    expect(result.noPain).toBe(false)
    expect(result.notes.map((note) => note.topic)).not.toContain('no-pain')
  })
})

