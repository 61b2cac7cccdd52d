// "Before you choose": feet that need a clinician before any insole from a website.
// Sources: EVIDENCE.md, "Before any insole" (Diabetes UK; NICE NG19; College of Podiatry; NHS flat feet).
import type { CUSHIONING, FIRMNESS, POSTING } from './insole-features'
import { isOneOf } from './one-of'

export const HEALTH_CONDITIONS = ['diabetes-numb-feet', 'poor-circulation', 'inflammatory-arthritis', 'foot-deformity', 'under-16'] as const
export type HealthCondition = (typeof HEALTH_CONDITIONS)[number]

export const HEALTH_CONDITION_LABELS: Record<HealthCondition, { label: string; hint?: string }> = {
  'diabetes-numb-feet': {
    label: 'Diabetes, and your feet are numb or have less feeling than before, or you have ever had a foot ulcer',
    hint: 'An ulcer is a sore or wound on the foot that is slow to heal',
  },
  'poor-circulation': {
    label: 'Poor circulation in your legs or feet',
    hint: 'For example, peripheral arterial disease, or cold feet and calf pain when you walk',
  },
  'inflammatory-arthritis': {
    label: 'Rheumatoid arthritis, or another arthritis that causes swollen joints',
    hint: 'Such as psoriatic arthritis or gout',
  },
  'foot-deformity': {
    label: 'A foot deformity: your foot has an unusual or changed shape',
    hint: 'For example after an injury or operation, or a Charcot foot',
  },
  'under-16': { label: 'The insoles are for someone under 16' },
}

export const isHealthCondition = (value: unknown): value is HealthCondition => isOneOf(HEALTH_CONDITIONS, value)

/** What the answers allow: no products at all, only soft cushioning, or no rigid or posted insole. */
export type InsoleLimit = 'no-products' | 'soft-cushioning-only' | 'no-rigid-or-posted' | null

/**
 * What each limit lets through, as data: the support values an insole may have (a list) or
 * must not have (false). A limit with `allows: null` lets nothing through. The finder reads
 * this; it holds no rule of its own for these feet.
 */
export type SupportAllowance = {
  firmness?: readonly (typeof FIRMNESS)[number][]
  posting?: readonly (typeof POSTING)[number][]
  cushioning?: readonly (typeof CUSHIONING)[number][]
  heelLift?: false
  metatarsalPad?: false
}
export const INSOLE_LIMITS: Record<Exclude<InsoleLimit, null>, { allows: SupportAllowance | null }> = {
  'no-products': { allows: null },
  // Soft and touching the whole sole: nothing firm, wedged or raised to press one spot.
  'soft-cushioning-only': { allows: { firmness: ['soft'], posting: ['none'], cushioning: ['medium', 'high'], heelLift: false, metatarsalPad: false } },
  'no-rigid-or-posted': { allows: { firmness: ['soft', 'semi-rigid'], posting: ['none'] } },
}

export function insoleLimit(conditions: readonly HealthCondition[]): InsoleLimit {
  if (conditions.includes('under-16')) return 'no-products'
  if (conditions.includes('diabetes-numb-feet')) return 'soft-cushioning-only'
  if (conditions.some((c) => c === 'poor-circulation' || c === 'inflammatory-arthritis' || c === 'foot-deformity')) {
    return 'no-rigid-or-posted'
  }
  return null
}

export const HEALTH_ADVICE = {
  child: {
    title: 'Insoles for children: see a GP or podiatrist first',
    text: [
      'Our insoles are made for adults, so we do not suggest any for someone under 16.',
      'Flat feet are normal in young children: the arch usually forms by about age 6, and feet that do not hurt need nothing.',
      'See a GP or a podiatrist if a child has foot, knee or leg pain that keeps coming back, stiff or painful flat feet, one foot flatter than the other, or trouble walking or keeping up with other children. Many children’s podiatry services take referrals from a GP or school nurse.',
    ],
  },
  diabetes: {
    title: 'See a podiatrist before choosing any insole',
    text: [
      'With diabetes and less feeling in your feet, or after a foot ulcer, an insole that presses in the wrong place can rub and cause a sore that you may not feel.',
      'Your GP can refer you to a podiatrist or the NHS foot protection service, who can check your feet and may fit insoles made for you. Check your feet every day.',
      'If you still want an insole from a shop, only soft, cushioned insoles that touch the whole sole, with no posting and no rigid shell, are lower risk. We show only those below.',
    ],
  },
  podiatristFirst: {
    title: 'See a podiatrist first',
    text: [
      'Poor circulation, inflammatory arthritis or a change in the shape of your foot can make a firm insole press or rub where it should not.',
      'A podiatrist can check your feet and tell you what kind of insole, if any, would suit you. Ask your GP, or find a registered podiatrist.',
      'We do not suggest any rigid or posted (wedged) insole for you. Softer options are below.',
    ],
  },
} as const
