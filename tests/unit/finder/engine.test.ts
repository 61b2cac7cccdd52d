import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { Answers } from '../../../lib/finder/answers'
import { MAX_ITEMS, recommend, type FinderContent, type Recommendations } from '../../../lib/finder/engine'
import { WARNING_SIGN_IDS, WARNING_SIGNS } from '../../../lib/domain'
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

describe('ranking follows the evidence brief, through the condition documents', () => {
  it.each(['flat', 'low'] as const)('%s arches with arch pain get arch support first', (arch) => {
    const item = top({ arch, symptoms: ['arch-pain'] })
    expect(item.support.arch).toBe('high')
    expect(item.reasons[0]!.evidence).not.toBeNull()
  })

  it('arch pain gets arch support and a firm shell', () => {
    expect(top({ symptoms: ['arch-pain'] }).support).toMatchObject({ arch: 'high', firmness: 'rigid' })
  })

  it('high arches get cushioning and a pressure-spreading shell, not posting', () => {
    const result = ranked({ arch: 'high', symptoms: ['ball-of-foot-pain'] })
    expect(result.items[0]!.support).toMatchObject({ posting: 'none', cushioning: 'high' })
    for (const item of result.items.slice(0, 3)) expect(item.support.posting).not.toBe('medial')
    const posted = result.items.find((item) => item.support.posting === 'medial')
    if (posted) expect(posted.reasons).toContainEqual(expect.objectContaining({ evidence: 'against' }))
  })

  it('heel pain gets a heel cup, cushioning and arch support, with weak evidence said plainly', () => {
    const item = top({ symptoms: ['heel-pain'] })
    expect(item.support).toMatchObject({ heelCup: 'deep', cushioning: 'high' })
    expect(item.reasons.filter((reason) => reason.text.startsWith('You said heel pain')).every((reason) => reason.evidence === 'weak')).toBe(true)
  })

  it.each(['calf-tightness', 'achilles-pain'] as const)('%s gets a heel lift', (symptom) => {
    expect(top({ symptoms: [symptom] }).support.heelLift).toBe(true)
  })

  it('ball-of-foot pain gets a metatarsal pad', () => {
    expect(top({ symptoms: ['ball-of-foot-pain'] }).support.metatarsalPad).toBe(true)
  })

  it('shin pain gets support first, and shock absorption on top of it', () => {
    expect(top({ symptoms: ['shin-pain'] }).support.arch).toBe('high')
    // Two insoles alike but for cushioning: the cushioned one ranks higher, with the weak evidence said.
    const original = content.insoles.find((insole) => (insole as { slug: string }).slug === 'stability-control') as object
    const insoles = [
      { ...original, slug: 'firm-only', name: 'A firm only', cushioning: 'low' },
      { ...original, slug: 'firm-cushioned', name: 'B firm cushioned', cushioning: 'high' },
    ]
    const result = ranked({ symptoms: ['shin-pain'] }, { ...content, insoles })
    expect(result.items.map((item) => item.slug)).toEqual(['firm-cushioned', 'firm-only'])
    expect(result.items[0]!.reasons).toContainEqual({ text: 'You said shin pain: it has cushioning', evidence: 'weak' })
  })

  it('knee pain gets arch support; a lateral wedge is marked as evidence against', () => {
    const result = ranked({ symptoms: ['knee-pain'] })
    expect(result.items[0]!.support.arch).toBe('high')
    const wedge = result.items.find((item) => item.support.posting === 'lateral')
    expect(wedge === undefined || wedge.reasons.some((reason) => reason.evidence === 'against')).toBe(true)
    expect(result.items.slice(0, 3).map((item) => item.support.posting)).not.toContain('lateral')
  })

  it('dress shoes get a slim profile, and never a high-volume insole', () => {
    const result = ranked({ footwear: 'dress' })
    expect(result.items[0]!.support.profile).toBe('slim')
    expect(result.items.map((item) => item.support.profile)).not.toContain('high-volume')
  })

  it.each([{ footwear: 'work-boots' }, { activity: 'standing' }] as const)('%o gets cushioning', (answers) => {
    const item = top(answers)
    expect(item.support.cushioning).toBe('high')
    expect(item.reasons.map((reason) => reason.text).join(' ')).toMatch(/cushioning for/)
  })

  it('"unsure" is treated as neutral, with moderate support', () => {
    const unsure = ranked({ arch: 'unsure' })
    const neutral = ranked({ arch: 'neutral' })
    expect(unsure.items.map((item) => [item.slug, item.score])).toEqual(neutral.items.map((item) => [item.slug, item.score]))
    expect(unsure.items[0]!.support.arch).toBe('medium')
  })
})

describe('low back pain', () => {
  it('says plainly that the evidence is weak and points to exercise and the low back guide', () => {
    const result = ranked({ symptoms: ['low-back-pain'] })
    expect(result.notes).toEqual([
      {
        topic: 'low-back-pain',
        text: expect.stringMatching(/evidence that insoles help low back pain is weak.*Exercise and staying active/s),
        guide: { slug: 'low-back-pain-and-insoles', title: expect.any(String) },
      },
    ])
    expect(result.guides.map((guide) => guide.slug)).toContain('low-back-pain-and-insoles')
    const backReasons = result.items.flatMap((item) => item.reasons).filter((reason) => reason.text.includes('low back pain'))
    expect(backReasons.length).toBeGreaterThan(0)
    for (const reason of backReasons) expect(reason.evidence).toBe('weak')
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
    const result = ranked({ arch: 'flat', symptoms: ['heel-pain', 'knee-pain'], footwear: 'work-boots' })
    for (const item of result.items) {
      expect(item.reasons.length).toBeGreaterThan(0)
      for (const reason of item.reasons) {
        expect(reason.text.length).toBeGreaterThan(5)
        expect([null, 'strong', 'moderate', 'limited', 'weak', 'against']).toContain(reason.evidence)
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
        condition.slug === 'calf-tightness'
          ? { ...condition, features: (condition.features ?? []).map((f) => ({ ...f, evidence: 'against' })) }
          : condition,
      ),
    }
    expect(top({ symptoms: ['calf-tightness'] }).support.heelLift).toBe(true)
    expect(ranked({ symptoms: ['calf-tightness'] }, tuned).items[0]!.support.heelLift).toBe(false)
  })

  it(`lists at most ${MAX_ITEMS} insoles, and none left out scores higher than the last one listed`, () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      ...(content.insoles[i % content.insoles.length] as object),
      slug: `copy-${i}`,
      name: `Copy ${String(i).padStart(2, '0')}`,
    }))
    const answers: Partial<Answers> = { arch: 'flat', symptoms: ['heel-pain'] }
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
      const result = ranked({ health: [condition], arch: 'flat', symptoms: ['arch-pain', 'knee-pain'] })
      expect(result.caution).toMatchObject({ kind: 'podiatrist-first', title: 'See a podiatrist first' })
      expect(result.items.length).toBeGreaterThan(0)
      for (const item of result.items) {
        expect(item.support.firmness).not.toBe('rigid')
        expect(item.support.posting).toBe('none')
      }
    },
  )

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

