import {
  ARCH_TYPE_LABELS,
  CARE_ADVICE,
  EVIDENCE_LEVELS,
  FEATURE_LABELS,
  FEATURES,
  HEALTH_ADVICE,
  highestUrgency,
  insoleLimit,
  isWarningSign,
  PARTIAL_FEATURE_LABELS,
  signInfo,
  SYMPTOM_LABELS,
  type EvidenceLevel,
  type Feature,
  type InsoleLimit,
  type WarningSign,
} from '../domain'
import type { Answers } from './answers'
import { featureFit, type InsoleSupport } from './features'
import { checkInsole, supportOf, type FinderInsole } from './insole'

export type FinderCondition = {
  name: string | null
  slug: string | null
  finderArches: string[] | null
  finderSymptoms: string[] | null
  features: { feature: string | null; evidence: string | null; note: string | null }[] | null
  guides: { slug: string | null; title: string | null; exercises: ({ slug: string | null; name: string | null } | null)[] | null }[] | null
}

export type FinderContent = { insoles: readonly unknown[]; conditions: readonly FinderCondition[] }

export type Reason = { text: string; evidence: EvidenceLevel | null }
/** Support attributes as the API names them. */
export type RecommendationSupport = Omit<InsoleSupport, 'archSupport'> & { arch: InsoleSupport['archSupport'] }
export type Recommendation = { slug: string; name: string; score: number; reasons: Reason[]; support: RecommendationSupport }
export type EvidenceNote = { topic: string; text: string; guide: { slug: string; title: string } | null }

export type SeekCare = { outcome: 'seek-care'; urgency: 'emergency' | 'urgent'; title: string; message: string; signs: WarningSign[] }
/** Insoles for a child: no product, and when to see a GP or podiatrist. */
export type SeeClinician = { outcome: 'see-clinician'; reason: 'child'; title: string; text: readonly string[] }
export type Caution = { kind: 'diabetes' | 'podiatrist-first'; title: string; text: readonly string[] }
export type Recommendations = {
  outcome: 'recommendations'
  advisory: null | { urgency: 'soon'; title: string; message: string; signs: WarningSign[] }
  /** Podiatrist advice that comes before any product, from the "before you choose" answers. */
  caution: Caution | null
  /** True when no pain was named: picks are for comfort, with no evidence labels. */
  noPain: boolean
  items: Recommendation[]
  notes: EvidenceNote[]
  guides: { slug: string; title: string }[]
  exercises: { slug: string; name: string }[]
}
export type FinderResult = SeekCare | SeeClinician | Recommendations

// How much a condition's feature counts, by the strength of its evidence. "Against" subtracts.
const EVIDENCE_WEIGHT: Record<EvidenceLevel, number> = { strong: 4, moderate: 3, limited: 2, weak: 1, against: -3 }

const answerWords = (answer: string) =>
  (Object.hasOwn(ARCH_TYPE_LABELS, answer) && ARCH_TYPE_LABELS[answer as keyof typeof ARCH_TYPE_LABELS].words) ||
  (Object.hasOwn(SYMPTOM_LABELS, answer) && SYMPTOM_LABELS[answer as keyof typeof SYMPTOM_LABELS].words) ||
  answer

const isFeature = (value: unknown): value is Feature => (FEATURES as readonly unknown[]).includes(value)
const isEvidence = (value: unknown): value is EvidenceLevel => (EVIDENCE_LEVELS as readonly unknown[]).includes(value)
const round = (value: number) => Math.round(value * 100) / 100
// One collator for every comparison: building one per call dominated large sorts.
const collator = new Intl.Collator('en')

type Matched = { condition: FinderCondition; because: string }

/** Conditions the answers point to, each with the answer that matched it, in content order. */
function matchConditions(answers: Answers, conditions: readonly FinderCondition[]): Matched[] {
  const matched: Matched[] = []
  for (const condition of conditions) {
    if (!condition.slug || !condition.name) continue
    const byArch = condition.finderArches?.includes(answers.arch) ? answers.arch : null
    const bySymptom = answers.symptoms.find((symptom) => condition.finderSymptoms?.includes(symptom))
    const answer = byArch ?? bySymptom
    if (answer) matched.push({ condition, because: answerWords(answer) })
  }
  return matched
}

// Scoring runs twice: numbers only over every insole, then with reasons for the few shown,
// so the cost of wording reasons does not grow with the catalogue.
function scoreInsole(insole: FinderInsole, answers: Answers, matched: Matched[], withReasons: boolean) {
  const support: InsoleSupport = insole
  const reasons: (Reason & { weight: number })[] = []
  let score = 0
  const add = (weight: number, evidence: EvidenceLevel | null, text?: string) => {
    score += weight
    if (text !== undefined) reasons.push({ text, evidence, weight })
  }

  for (const { condition, because } of matched) {
    for (const entry of condition.features ?? []) {
      if (!isFeature(entry.feature) || !isEvidence(entry.evidence)) continue
      const fit = featureFit(support, entry.feature)
      if (fit === 0) continue
      const weight = EVIDENCE_WEIGHT[entry.evidence] * fit
      if (!withReasons) {
        add(weight, entry.evidence)
        continue
      }
      const label = (fit < 1 && PARTIAL_FEATURE_LABELS[entry.feature]) || FEATURE_LABELS[entry.feature]
      if (entry.evidence === 'against') {
        add(weight, 'against', `It has ${label}, which the evidence does not support for ${condition.name!.toLowerCase()}`)
      } else {
        add(weight, entry.evidence, `You said ${because}: it has ${label}`)
      }
    }
  }

  if (answers.arch === 'neutral' || answers.arch === 'unsure') {
    const who = answers.arch === 'unsure' ? 'When you are not sure of your arch type' : 'For a neutral arch'
    // A gentle default: any symptom that asks for more support outweighs it.
    if (support.archSupport === 'medium') add(1, null, withReasons ? `${who}, moderate arch support is a sensible middle` : undefined)
    else if (support.archSupport === 'low') add(0.5, null, withReasons ? `${who}, light arch support is a reasonable choice` : undefined)
  }

  if (answers.footwear === 'dress') {
    if (support.profile === 'slim') add(3, null, withReasons ? 'Slim enough for dress shoes' : undefined)
    else if (support.profile === 'high-volume') add(-4, null, withReasons ? 'Too thick for most dress shoes' : undefined)
  } else if (answers.footwear === 'work-boots') {
    if (support.profile === 'high-volume') add(1, null, withReasons ? 'Fills the extra room in work boots' : undefined)
  }
  if (answers.footwear === 'work-boots' || answers.activity === 'standing') {
    const fit = featureFit(support, 'cushioning')
    const why = answers.activity === 'standing' ? 'long hours standing' : 'work boots'
    if (fit > 0) add(2 * fit, null, withReasons ? `${fit < 1 ? 'Some' : 'Full'} cushioning for ${why}` : undefined)
  }
  if (insole.footwear.includes(answers.footwear)) add(1, null, withReasons ? 'Made for the shoes you wear most' : undefined)
  if (insole.activities.includes(answers.activity)) add(1, null, withReasons ? 'Made for your main activity' : undefined)

  if (!withReasons) return { score: round(score) }
  // Strongest reasons first; equal weights keep their order of discovery.
  const ordered = reasons
    .map((reason, index) => ({ reason, index }))
    .sort((a, b) => b.reason.weight - a.reason.weight || a.index - b.index)
    .map(({ reason: { text, evidence } }) => ({ text, evidence }))
  const { archSupport, ...rest } = supportOf(insole)
  const item: Recommendation = { slug: insole.slug, name: insole.name, score: round(score), reasons: ordered, support: { arch: archSupport, ...rest } }
  return item
}

const LOW_BACK_NOTE =
  'The evidence that insoles help low back pain is weak, and UK guidance (NICE) advises against offering them for it. Exercise and staying active help most. Insoles may still make standing and walking more comfortable.'

export type Logger = (message: string) => void

/** The most insoles a result lists: the top three and the rest worth considering. */
export const MAX_ITEMS = 10

// Content is checked once per content object, not once per answer set.
const checkedContent = new WeakMap<FinderContent, FinderInsole[]>()

function validInsoles(content: FinderContent, warn: Logger): FinderInsole[] {
  let insoles = checkedContent.get(content)
  if (!insoles) {
    insoles = []
    for (const doc of content.insoles) {
      const checked = checkInsole(doc)
      if (checked.ok) insoles.push(checked.insole)
      else warn(`finder: skipped insole ${checked.slug}: missing or invalid ${checked.problems.join(', ')}`)
    }
    checkedContent.set(content, insoles)
  }
  return insoles
}

/** Emergency and urgent signs stop the finder: where to get care, and no product. */
export function screenSigns(flags: Answers['flags']): SeekCare | null {
  const signs = flags === 'none' ? [] : [...new Set(flags)].filter(isWarningSign).sort()
  const urgency = highestUrgency(signs)
  if (urgency !== 'emergency' && urgency !== 'urgent') return null
  return {
    outcome: 'seek-care',
    urgency,
    title: CARE_ADVICE[urgency].title,
    message: CARE_ADVICE[urgency].whereToGo,
    signs: signs.filter((sign) => signInfo(sign).urgency !== 'soon'),
  }
}

/** Insoles for someone under 16: none of ours, and when to see a GP or podiatrist. */
export function childResult(): SeeClinician {
  return { outcome: 'see-clinician', reason: 'child', title: HEALTH_ADVICE.child.title, text: HEALTH_ADVICE.child.text }
}

/** Whether an insole is allowed for feet that need a podiatrist first. */
export function allowedFor(limit: InsoleLimit, insole: InsoleSupport): boolean {
  if (limit === 'no-products') return false
  if (limit === 'soft-cushioning-only') {
    // Soft and touching the whole sole: nothing firm, wedged or raised to press one spot.
    return insole.firmness === 'soft' && insole.posting === 'none' && insole.cushioning !== 'low' && !insole.heelLift && !insole.metatarsalPad
  }
  if (limit === 'no-rigid-or-posted') return insole.firmness !== 'rigid' && insole.posting === 'none'
  return true
}

const NO_PAIN_NOTE =
  'Feet that do not hurt need nothing, whatever their arch: flat feet and high arches are common and are not a problem on their own. If you would like an insole for comfort, these fit your shoes and what you do. None of them treats anything.'

/**
 * The finder: warning signs first, then the feet that need a podiatrist, then insoles ranked by
 * how their features match the answers, with the evidence for each reason taken from the
 * condition documents. Pure and deterministic.
 */

export function recommend(given: Answers, content: FinderContent, warn: Logger = console.warn): FinderResult {
  const seekCare = screenSigns(given.flags)
  if (seekCare) return seekCare
  const health = given.health === 'none' ? [] : given.health
  const limit = insoleLimit(health)
  if (limit === 'no-products') return childResult()
  // Canonical order, so the same answers in any order give the same result.
  const answers: Answers = { ...given, symptoms: [...new Set(given.symptoms)].sort() }
  const soonSigns = given.flags === 'none' ? [] : [...new Set(given.flags)].sort()
  const urgency = highestUrgency(soonSigns)
  const noPain = answers.symptoms.length === 0

  // With no pain there is nothing to treat: no condition is matched and no evidence is shown.
  const matched = noPain ? [] : matchConditions(answers, content.conditions)
  const best: { insole: FinderInsole; score: number }[] = []
  const before = (a: { insole: FinderInsole; score: number }, b: typeof a) =>
    b.score - a.score || collator.compare(a.insole.name, b.insole.name) || collator.compare(a.insole.slug, b.insole.slug)
  for (const insole of validInsoles(content, warn)) {
    if (!allowedFor(limit, insole)) continue
    const { score } = scoreInsole(insole, answers, matched, false)
    if (score <= 0) continue
    const candidate = { insole, score }
    if (best.length === MAX_ITEMS && before(candidate, best[MAX_ITEMS - 1]!) >= 0) continue
    let at = best.length
    while (at > 0 && before(candidate, best[at - 1]!) < 0) at--
    best.splice(at, 0, candidate)
    if (best.length > MAX_ITEMS) best.pop()
  }
  const items = best.map(({ insole }) => scoreInsole(insole, answers, matched, true) as Recommendation)

  const guides = new Map<string, { slug: string; title: string }>()
  const exercises = new Map<string, { slug: string; name: string }>()
  for (const { condition } of matched) {
    for (const guide of condition.guides ?? []) {
      if (guide.slug && guide.title && !guides.has(guide.slug)) guides.set(guide.slug, { slug: guide.slug, title: guide.title })
      for (const exercise of guide.exercises ?? []) {
        if (exercise?.slug && exercise.name && !exercises.has(exercise.slug)) {
          exercises.set(exercise.slug, { slug: exercise.slug, name: exercise.name })
        }
      }
    }
  }

  const notes: EvidenceNote[] = []
  if (noPain) notes.push({ topic: 'no-pain', text: NO_PAIN_NOTE, guide: null })
  if (answers.symptoms.includes('low-back-pain')) {
    const backGuide = matched
      .find(({ condition }) => condition.finderSymptoms?.includes('low-back-pain'))
      ?.condition.guides?.find((guide) => guide.slug && guide.title)
    notes.push({
      topic: 'low-back-pain',
      text: LOW_BACK_NOTE,
      guide: backGuide?.slug && backGuide.title ? { slug: backGuide.slug, title: backGuide.title } : null,
    })
  }

  return {
    outcome: 'recommendations',
    advisory: urgency === 'soon' ? { urgency: 'soon', title: CARE_ADVICE.soon.title, message: CARE_ADVICE.soon.whereToGo, signs: soonSigns } : null,
    caution:
      limit === 'soft-cushioning-only'
        ? { kind: 'diabetes', title: HEALTH_ADVICE.diabetes.title, text: HEALTH_ADVICE.diabetes.text }
        : limit === 'no-rigid-or-posted'
          ? { kind: 'podiatrist-first', title: HEALTH_ADVICE.podiatristFirst.title, text: HEALTH_ADVICE.podiatristFirst.text }
          : null,
    noPain,
    items,
    notes,
    guides: [...guides.values()],
    exercises: [...exercises.values()].slice(0, 6),
  }
}
