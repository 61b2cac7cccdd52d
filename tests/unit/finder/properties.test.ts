import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { answersToParams, completeAnswers, parseAnswers, type Answers } from '../../../lib/finder/answers'
import { recommend, type FinderContent } from '../../../lib/finder/engine'
import { ACTIVITIES, ARCH_TYPES, EVIDENCE_LEVELS, FOOTWEAR, HEALTH_CONDITIONS, SYMPTOMS } from '../../../lib/domain'
import { readFinderRequest } from '../../../lib/finder/request'
import { WARNING_SIGN_IDS, WARNING_SIGNS, type WarningSign } from '../../../lib/domain'
import { seedFinderContent } from '../../support/finder-content'

// FINDER_PROPERTY_RUNS=10000 for the long run (npm run test:finder:long).
const RUNS = Number(process.env.FINDER_PROPERTY_RUNS ?? 1000)

const known = [...WARNING_SIGN_IDS, ...HEALTH_CONDITIONS, ...ARCH_TYPES, ...SYMPTOMS, ...ACTIVITIES, ...FOOTWEAR, 'none']
const value = fc.oneof(fc.constantFrom(...known), fc.string(), fc.string({ unit: 'binary' }))
// Names of Object.prototype members too: a parser that indexes a plain object by name trips on them.
const PROTOTYPE_NAMES = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf']
const key = fc.oneof(fc.constantFrom('flag', 'health', 'arch', 'symptom', 'activity', 'footwear', ...PROTOTYPE_NAMES), fc.string())
const rawParams = fc.dictionary(key, fc.oneof(value, fc.array(value, { maxLength: 14 })), { maxKeys: 8 })

const validAnswers: fc.Arbitrary<Answers> = fc.record({
  flags: fc.oneof(fc.constant('none' as const), fc.uniqueArray(fc.constantFrom(...WARNING_SIGN_IDS), { minLength: 1 })),
  health: fc.oneof(fc.constant('none' as const), fc.uniqueArray(fc.constantFrom(...HEALTH_CONDITIONS), { minLength: 1 })),
  arch: fc.constantFrom(...ARCH_TYPES),
  symptoms: fc.uniqueArray(fc.constantFrom(...SYMPTOMS)),
  activity: fc.constantFrom(...ACTIVITIES),
  footwear: fc.constantFrom(...FOOTWEAR),
})

const resultSchema = z.discriminatedUnion('outcome', [
  z.strictObject({
    outcome: z.literal('seek-care'),
    urgency: z.enum(['emergency', 'urgent']),
    title: z.string().min(5),
    message: z.string().min(20),
    signs: z.array(z.enum(WARNING_SIGN_IDS as [string, ...string[]])).min(1),
  }),
  z.strictObject({
    outcome: z.literal('see-clinician'),
    reason: z.literal('child'),
    title: z.string().min(5),
    text: z.array(z.string().min(20)).min(1),
  }),
  z.strictObject({
    outcome: z.literal('recommendations'),
    advisory: z
      .strictObject({
        urgency: z.literal('soon'),
        title: z.string().min(5),
        message: z.string().min(20),
        signs: z.array(z.enum(WARNING_SIGN_IDS as [string, ...string[]])).min(1),
      })
      .nullable(),
    caution: z.strictObject({ kind: z.enum(['diabetes', 'podiatrist-first']), title: z.string(), text: z.array(z.string()).min(1) }).nullable(),
    noPain: z.boolean(),
    items: z.array(
      z.strictObject({
        slug: z.string().min(1),
        name: z.string().min(1),
        score: z.number().nonnegative(),
        why: z.string().min(5),
        reasons: z.array(z.strictObject({ text: z.string().min(1), evidence: z.enum(EVIDENCE_LEVELS).nullable() })).min(1),
        fits: z.array(z.enum(FOOTWEAR)).min(1),
        price: z.number().nonnegative().nullable(),
        currency: z.string().length(3).nullable(),
        buyUrl: z.string().startsWith('https://').nullable(),
        support: z.strictObject({
          arch: z.enum(['low', 'medium', 'high']),
          firmness: z.string(),
          heelCup: z.string(),
          posting: z.string(),
          cushioning: z.string(),
          metatarsalPad: z.boolean(),
          heelLift: z.boolean(),
          profile: z.string(),
        }),
      }),
    ),
    research: z.array(
      z.strictObject({
        topic: z.enum(SYMPTOMS),
        complaint: z.string().min(3),
        feature: z.string(),
        evidence: z.enum(EVIDENCE_LEVELS),
        scope: z.enum(['treatment', 'prevention']),
        text: z.string().min(20),
      }),
    ),
    ruledOut: z.array(z.strictObject({ feature: z.string(), reason: z.string().min(10) })),
    notes: z.array(z.object({ topic: z.string(), title: z.string().min(3), text: z.string() })),
    guides: z.array(z.strictObject({ slug: z.string(), title: z.string() })),
    exercises: z.array(z.strictObject({ slug: z.string(), name: z.string() })),
  }),
])

let content: FinderContent
beforeAll(async () => {
  content = await seedFinderContent()
})

describe(`finder properties (${RUNS} cases each)`, () => {
  it('parsing any parameter dictionary never throws, and errors never echo input', () => {
    // An error echoes input if its text changes with the text typed. Swapping every unknown
    // value for a marker (distinct values stay distinct) must leave every message as it was.
    fc.assert(
      fc.property(rawParams, (params) => {
        const { answers, errors } = parseAnswers(params)
        expect(typeof answers).toBe('object')
        const markers = new Map<string, string>()
        const mark = (input: string) => {
          if (known.includes(input)) return input
          if (!markers.has(input)) markers.set(input, `\uE000unknown-${markers.size}\uE000`)
          return markers.get(input)!
        }
        const marked = Object.fromEntries(Object.entries(params).map(([name, input]) => [name, Array.isArray(input) ? input.map(mark) : mark(input)]))
        expect(parseAnswers(marked).errors).toEqual(errors)
        for (const message of Object.values(errors)) expect(message).not.toContain('\uE000')
      }),
      { numRuns: RUNS },
    )
  })

  it('reading any query string never throws, and a serious sign always means seek care', () => {
    const pairs = fc.array(fc.tuple(key, value), { maxLength: 16 })
    fc.assert(
      fc.property(pairs, (entries) => {
        const params = new URLSearchParams(entries)
        const read = readFinderRequest(params)
        const serious = params.getAll('flag').some((flag) => Object.hasOwn(WARNING_SIGNS, flag) && WARNING_SIGNS[flag as WarningSign].urgency !== 'soon')
        expect(read.kind === 'seek-care').toBe(serious)
      }),
      { numRuns: RUNS },
    )
  })

  it('every valid set of answers gives a well-formed result', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const parsed = resultSchema.safeParse(recommend(answers, content, () => {}))
        expect(parsed.error?.issues ?? []).toEqual([])
      }),
      { numRuns: RUNS },
    )
  })

  it('an emergency or urgent sign never yields a product', () => {
    const withSerious = validAnswers.filter(
      (answers) => answers.flags !== 'none' && answers.flags.some((flag) => WARNING_SIGNS[flag].urgency !== 'soon'),
    )
    fc.assert(
      fc.property(withSerious, (answers) => {
        const result = recommend(answers, content, () => {})
        expect(result.outcome).toBe('seek-care')
        expect(result).not.toHaveProperty('items')
      }),
      { numRuns: RUNS },
    )
  })

  it('the same input always gives the same output, through the URL and back', () => {
    fc.assert(
      fc.property(rawParams, (params) => {
        const first = parseAnswers(params)
        const again = parseAnswers(structuredClone(params))
        expect(again).toEqual(first)
        const answers = completeAnswers(first.answers)
        if (answers) expect(JSON.stringify(recommend(answers, content, () => {}))).toBe(JSON.stringify(recommend(answers, content, () => {})))
      }),
      { numRuns: RUNS },
    )
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const shared = completeAnswers(parseAnswers(new URLSearchParams(answersToParams(answers).toString())).answers)
        expect(shared).not.toBeNull()
        expect(recommend(shared!, content, () => {})).toEqual(recommend(answers, content, () => {}))
      }),
      { numRuns: RUNS },
    )
  })

  it('insoles for someone under 16 never yield a product, whatever else is answered', () => {
    const forChild = validAnswers.map((answers) => ({ ...answers, health: [...new Set([...(answers.health === 'none' ? [] : answers.health), 'under-16' as const])] }))
    fc.assert(
      fc.property(forChild, (answers) => {
        const result = recommend(answers, content, () => {})
        expect(['seek-care', 'see-clinician']).toContain(result.outcome)
        expect(result).not.toHaveProperty('items')
      }),
      { numRuns: RUNS },
    )
  })

  it('diabetes with numb feet never yields a rigid, firm or posted insole, and always the podiatrist advice first', () => {
    const diabetic = validAnswers
      .map((answers) => ({ ...answers, health: [...new Set([...(answers.health === 'none' ? [] : answers.health), 'diabetes-numb-feet' as const])].filter((h) => h !== 'under-16') }))
    fc.assert(
      fc.property(diabetic, (answers) => {
        const result = recommend(answers, content, () => {})
        if (result.outcome !== 'recommendations') return
        expect(result.caution?.kind).toBe('diabetes')
        for (const item of result.items) expect(item.support).toMatchObject({ firmness: 'soft', posting: 'none' })
      }),
      { numRuns: RUNS },
    )
  })

  it('every insole offered fits the chosen shoes; never more than six; no lateral posting for flat or low arches', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const result = recommend(answers, content, () => {})
        if (result.outcome !== 'recommendations') return
        expect(result.items.length).toBeLessThanOrEqual(6)
        for (const item of result.items) {
          expect(item.fits).toContain(answers.footwear)
          if (answers.footwear === 'dress') expect(item.support.profile).toBe('slim')
          if (answers.arch === 'flat' || answers.arch === 'low') expect(item.support.posting).not.toBe('lateral')
          if (answers.arch === 'high') expect(item.support.posting).not.toBe('medial')
          if (answers.symptoms.includes('ball-of-foot-pain')) expect(item.support.heelLift).toBe(false)
        }
        const scores = result.items.map((item) => item.score)
        expect(scores).toEqual([...scores].sort((a, b) => b - a))
      }),
      { numRuns: RUNS },
    )
  })
})
