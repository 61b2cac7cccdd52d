import {
  ACTIVITY_LABELS,
  ARCH_TYPE_LABELS,
  CARE_ADVICE,
  EVIDENCE_SCOPE_LABELS,
  EVIDENCE_WEIGHT,
  FEATURE_LABELS,
  HEALTH_ADVICE,
  highestUrgency,
  insoleLimit,
  isEvidenceLevel,
  isEvidenceScope,
  isFeature,
  INSOLE_LIMITS,
  isUnscoredSymptom,
  isWarningSign,
  PARTIAL_FEATURE_LABELS,
  signInfo,
  SYMPTOM_LABELS,
  UNSCORED_SYMPTOMS,
  type EvidenceLevel,
  type EvidenceScope,
  type Feature,
  type Footwear,
  type InsoleLimit,
  type Symptom,
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
  features: { feature: string | null; evidence: string | null; scope?: string | null; note: string | null }[] | null
  avoid?: { feature: string | null; reason: string | null }[] | null
  guides: { slug: string | null; title: string | null; exercises: ({ slug: string | null; name: string | null } | null)[] | null }[] | null
}

export type FinderContent = { insoles: readonly unknown[]; conditions: readonly FinderCondition[] }

export type Reason = { text: string; evidence: EvidenceLevel | null }
/** Support attributes as the API names them. */
export type RecommendationSupport = Omit<InsoleSupport, 'archSupport'> & { arch: InsoleSupport['archSupport'] }
export type Recommendation = {
  slug: string
  name: string
  score: number
  /** The strongest reason, in one plain line. */
  why: string
  reasons: Reason[]
  /** The shoes it fits. */
  fits: Footwear[]
  price: number | null
  currency: string | null
  buyUrl: string | null
  support: RecommendationSupport
}
export type EvidenceNote = { topic: string; title: string; text: string; guide: { slug: string; title: string } | null }
/** What research says, once per complaint the shopper named: about a kind of feature, never a product. */
export type ResearchLine = { topic: Symptom; complaint: string; feature: Feature; evidence: EvidenceLevel; scope: EvidenceScope; text: string }
/** A feature left out for these answers, and why. */
export type RuledOut = { feature: Feature; reason: string }

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
  /** Best picks first: the first BEST_PICKS are the best picks, the rest also fit. */
  items: Recommendation[]
  research: ResearchLine[]
  ruledOut: RuledOut[]
  notes: EvidenceNote[]
  guides: { slug: string; title: string }[]
  exercises: { slug: string; name: string }[]
}
export type FinderResult = SeekCare | SeeClinician | Recommendations

/** At most three best picks, and up to three more that also fit. */
export const BEST_PICKS = 3
export const MAX_ITEMS = 6

// Arch type is a fit and comfort preference, not evidence: matching insoles to footprints did
// not cut injuries in large trials (Knapik 2009-2010). Small weights, below any tested feature.
const PREFERENCE = 0.5

const round = (value: number) => Math.round(value * 100) / 100
const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)
// One collator for every comparison: building one per call dominated large sorts.
const collator = new Intl.Collator('en')

type Matched = { condition: FinderCondition; symptom: Symptom | null }

/** The features a matched condition rates: none for a complaint that is never scored (low back pain). */
const ratedFeatures = ({ condition, symptom }: Matched) => (isUnscoredSymptom(symptom) ? [] : (condition.features ?? []))

/** Conditions the answers point to: by a symptom named, or (for fit rules only) by arch type. */
function matchConditions(answers: Answers, conditions: readonly FinderCondition[]) {
  const bySymptom: Matched[] = []
  const byArch: FinderCondition[] = []
  for (const condition of conditions) {
    if (!condition.slug || !condition.name) continue
    const symptom = answers.symptoms.find((s) => condition.finderSymptoms?.includes(s))
    if (symptom) bySymptom.push({ condition, symptom })
    else if (condition.finderArches?.includes(answers.arch)) byArch.push(condition)
  }
  return { bySymptom, byArch }
}

type Rules = { avoid: Map<Feature, string>; against: Map<Feature, string> }

/** Features no insole offered may have: the conditions' own contra-indications, and evidence against. */
function exclusionRules(conditions: readonly FinderCondition[], bySymptom: readonly Matched[]): Rules {
  const avoid = new Map<Feature, string>()
  const against = new Map<Feature, string>()
  for (const condition of conditions) {
    for (const entry of condition.avoid ?? []) {
      if (isFeature(entry.feature) && entry.reason && !avoid.has(entry.feature)) avoid.set(entry.feature, entry.reason)
    }
  }
  for (const matched of bySymptom) {
    const { condition } = matched
    for (const entry of ratedFeatures(matched)) {
      if (entry.evidence === 'against' && isFeature(entry.feature) && !against.has(entry.feature)) {
        against.set(entry.feature, entry.note ?? `Research found it no help for ${condition.name!.toLowerCase()}.`)
      }
    }
  }
  return { avoid, against }
}

/** Hard rules before any ranking: the shoes, the feet that need care, and what the conditions rule out. */
function fits(insole: FinderInsole, answers: Answers, limit: InsoleLimit, rules: Rules): boolean {
  if (!insole.footwear.includes(answers.footwear)) return false
  if (answers.footwear === 'dress' && insole.profile !== 'slim') return false
  if (!allowedFor(limit, insole)) return false
  for (const feature of rules.avoid.keys()) if (featureFit(insole, feature) > 0) return false
  for (const feature of rules.against.keys()) if (featureFit(insole, feature) > 0) return false
  return true
}

type Scored = { insole: FinderInsole; score: number; evidence: number }

// Scoring runs twice: numbers only over every insole, then with reasons for the few shown,
// so the cost of wording reasons does not grow with the catalogue.
function scoreInsole(insole: FinderInsole, answers: Answers, bySymptom: readonly Matched[], withReasons: boolean) {
  const reasons: (Reason & { weight: number })[] = []
  let evidence = 0
  let preference = 0

  // Evidence does not add up within a complaint: the single strongest feature counts.
  for (const matched of bySymptom) {
    const { symptom } = matched
    let best: { weight: number; feature: Feature; level: EvidenceLevel; fit: number } | null = null
    for (const entry of ratedFeatures(matched)) {
      // A feature trials found no benefit from is no reason to choose an insole.
      if (!isFeature(entry.feature) || !isEvidenceLevel(entry.evidence) || entry.evidence === 'against' || entry.evidence === 'no-benefit') continue
      const fit = featureFit(insole, entry.feature)
      if (fit === 0) continue
      const weight = EVIDENCE_WEIGHT[entry.evidence] * fit
      if (!best || weight > best.weight) best = { weight, feature: entry.feature, level: entry.evidence, fit }
    }
    if (!best) continue
    evidence += best.weight
    if (withReasons) {
      const label = (best.fit < 1 && PARTIAL_FEATURE_LABELS[best.feature]) || FEATURE_LABELS[best.feature]
      const untested = best.level === 'not-tested' ? ', often suggested but not tested' : ''
      reasons.push({ text: `For ${SYMPTOM_LABELS[symptom!].words}: it has ${label}${untested}`, evidence: best.level, weight: best.weight })
    }
  }

  const prefer = (weight: number, text: string) => {
    if (weight <= 0) return
    preference += weight
    if (withReasons) reasons.push({ text, evidence: null, weight })
  }
  const arch = answers.arch
  if (arch === 'flat' || arch === 'low') {
    const fit = featureFit(insole, 'arch-support')
    prefer(PREFERENCE * fit, `${fit < 1 ? 'Moderate' : 'High'} arch support, a comfortable fit for ${ARCH_TYPE_LABELS[arch].words}`)
  } else if (arch === 'high') {
    const fit = featureFit(insole, 'cushioning')
    prefer(PREFERENCE * fit, `${fit < 1 ? 'Some' : 'Deep'} cushioning, a comfortable fit for high arches`)
  } else if (insole.archSupport === 'medium') {
    prefer(PREFERENCE, arch === 'unsure' ? 'Moderate arch support, a sensible middle when you are not sure of your arch' : 'Moderate arch support, a sensible middle for a medium arch')
  }
  if (answers.footwear === 'work-boots' || answers.activity === 'standing') {
    const fit = featureFit(insole, 'cushioning')
    const why = answers.activity === 'standing' ? 'long hours standing' : 'boots'
    prefer(PREFERENCE * fit, `${fit < 1 ? 'Some' : 'Full'} cushioning for ${why}`)
  }
  if (insole.activities.includes(answers.activity)) prefer(PREFERENCE / 2, `Made for ${lower(ACTIVITY_LABELS[answers.activity])}`)

  const score = round(evidence + preference)
  if (!withReasons) return { score, evidence: round(evidence) }
  // Strongest reasons first; equal weights keep their order of discovery.
  const ordered = reasons
    .map((reason, index) => ({ reason, index }))
    .sort((a, b) => b.reason.weight - a.reason.weight || a.index - b.index)
    .map(({ reason: { text, evidence: level } }) => ({ text, evidence: level }))
  const { archSupport, ...rest } = supportOf(insole)
  const item: Recommendation = {
    slug: insole.slug,
    name: insole.name,
    score,
    why: ordered[0]?.text ?? 'Fits the shoes you wear most',
    reasons: ordered.length ? ordered : [{ text: 'Fits the shoes you wear most', evidence: null }],
    fits: insole.footwear,
    price: insole.price ?? null,
    currency: insole.price == null ? null : (insole.currency ?? 'GBP'),
    buyUrl: insole.buyUrl ?? null,
    support: { arch: archSupport, ...rest },
  }
  return item
}

/** How research on one feature reads, by its evidence. */
function researchText(feature: Feature, level: EvidenceLevel): string {
  const name = FEATURE_LABELS[feature]
  switch (level) {
    case 'not-tested':
      return `${name} is often suggested, but it has not been tested.`
    case 'no-benefit':
      return `trials found no benefit from ${name}.`
    case 'against':
      return `research does not support ${name}.`
    default:
      return `research on ${name} is ${level}.`
  }
}

/** What research says for each complaint, once: its strongest feature, with the condition's note. */
function researchLines(bySymptom: readonly Matched[]): ResearchLine[] {
  const rank = (level: EvidenceLevel) => (level === 'against' ? -2 : level === 'no-benefit' ? -1 : EVIDENCE_WEIGHT[level])
  const lines: ResearchLine[] = []
  for (const matched of bySymptom) {
    const { symptom } = matched
    let best: { entry: NonNullable<FinderCondition['features']>[number]; feature: Feature; level: EvidenceLevel } | null = null
    for (const entry of ratedFeatures(matched)) {
      if (!isFeature(entry.feature) || !isEvidenceLevel(entry.evidence)) continue
      if (!best || rank(entry.evidence) > rank(best.level)) best = { entry, feature: entry.feature, level: entry.evidence }
    }
    if (!best || !symptom) continue
    const scope = isEvidenceScope(best.entry.scope) ? best.entry.scope : 'treatment'
    const text = researchText(best.feature, best.level)
    lines.push({
      topic: symptom,
      complaint: SYMPTOM_LABELS[symptom].words.charAt(0).toUpperCase() + SYMPTOM_LABELS[symptom].words.slice(1),
      feature: best.feature,
      evidence: best.level,
      scope,
      text: `${text.charAt(0).toUpperCase()}${text.slice(1)}${scope === 'prevention' ? ` ${EVIDENCE_SCOPE_LABELS.prevention}.` : ''}${best.entry.note ? ` ${best.entry.note}` : ''}`,
    })
  }
  return lines
}

export type Logger = (message: string) => void

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

/** Whether an insole is allowed for feet that need a podiatrist first (the limits are domain data). */
export function allowedFor(limit: InsoleLimit, insole: InsoleSupport): boolean {
  if (limit === null) return true
  const { allows } = INSOLE_LIMITS[limit]
  if (!allows) return false
  return (
    (!allows.firmness || allows.firmness.includes(insole.firmness)) &&
    (!allows.posting || allows.posting.includes(insole.posting)) &&
    (!allows.cushioning || allows.cushioning.includes(insole.cushioning)) &&
    (allows.heelLift !== false || !insole.heelLift) &&
    (allows.metatarsalPad !== false || !insole.metatarsalPad)
  )
}

const NO_PAIN_NOTE =
  'Feet that do not hurt need nothing, whatever their arch: flat feet and high arches are common and are not a problem on their own. If you would like an insole for comfort, these fit your shoes and what you do. None of them treats anything.'

/**
 * The finder: warning signs first, then the feet that need a podiatrist, then hard fit rules,
 * then a ranking where each complaint counts its insole's single strongest feature by the
 * evidence in the condition documents. Pure and deterministic.
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

  const { bySymptom, byArch } = matchConditions(answers, content.conditions)
  const rules = exclusionRules([...bySymptom.map((m) => m.condition), ...byArch], bySymptom)

  const best: Scored[] = []
  // Ties break by the tested evidence, then by name: the same answers always give the same order.
  const before = (a: Scored, b: Scored) =>
    b.score - a.score || b.evidence - a.evidence || collator.compare(a.insole.name, b.insole.name) || collator.compare(a.insole.slug, b.insole.slug)
  for (const insole of validInsoles(content, warn)) {
    if (!fits(insole, answers, limit, rules)) continue
    const { score, evidence } = scoreInsole(insole, answers, bySymptom, false) as { score: number; evidence: number }
    const candidate = { insole, score, evidence }
    if (best.length === MAX_ITEMS && before(candidate, best[MAX_ITEMS - 1]!) >= 0) continue
    let at = best.length
    while (at > 0 && before(candidate, best[at - 1]!) < 0) at--
    best.splice(at, 0, candidate)
    if (best.length > MAX_ITEMS) best.pop()
  }
  const items = best.map(({ insole }) => {
    const item = scoreInsole(insole, answers, bySymptom, true) as Recommendation
    // With no pain, nothing is being treated: no evidence labels.
    return noPain ? { ...item, reasons: item.reasons.map((reason) => ({ ...reason, evidence: null })) } : item
  })

  const guides = new Map<string, { slug: string; title: string }>()
  const exercises = new Map<string, { slug: string; name: string }>()
  for (const condition of [...bySymptom.map((m) => m.condition), ...byArch]) {
    for (const guide of condition.guides ?? []) {
      if (guide.slug && guide.title && !guides.has(guide.slug)) guides.set(guide.slug, { slug: guide.slug, title: guide.title })
      for (const exercise of guide.exercises ?? []) {
        if (exercise?.slug && exercise.name && !exercises.has(exercise.slug)) exercises.set(exercise.slug, { slug: exercise.slug, name: exercise.name })
      }
    }
  }

  const notes: EvidenceNote[] = []
  if (noPain) notes.push({ topic: 'no-pain', title: 'If your feet do not hurt', text: NO_PAIN_NOTE, guide: null })
  // A complaint that is never scored gets its note instead of evidence, with its condition's guide.
  for (const symptom of answers.symptoms) {
    if (!isUnscoredSymptom(symptom)) continue
    const guide = bySymptom.find((matched) => matched.symptom === symptom)?.condition.guides?.find((g) => g.slug && g.title)
    const { title, note } = UNSCORED_SYMPTOMS[symptom]
    notes.push({ topic: symptom, title, text: note, guide: guide?.slug && guide.title ? { slug: guide.slug, title: guide.title } : null })
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
    research: noPain ? [] : researchLines(bySymptom),
    ruledOut: [...rules.avoid, ...[...rules.against].filter(([feature]) => !rules.avoid.has(feature))].map(([feature, reason]) => ({ feature, reason })),
    notes,
    guides: [...guides.values()],
    exercises: [...exercises.values()].slice(0, 6),
  }
}
