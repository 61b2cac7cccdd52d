// How strong the evidence is for a kind of insole feature for a condition (never for a product).
import type { Symptom } from './finder-answers'
import { isOneOf } from './one-of'

export const EVIDENCE_LEVELS = ['strong', 'moderate', 'limited', 'weak', 'not-tested', 'no-benefit', 'against'] as const
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number]

export const EVIDENCE_LABELS: Record<EvidenceLevel, string> = {
  strong: 'Strong evidence',
  moderate: 'Moderate evidence',
  limited: 'Limited evidence',
  weak: 'Weak evidence',
  'not-tested': 'Not tested',
  // True of every use: a fake-insole comparison (Achilles) and a no-insole one (shin cushioning).
  // Each condition's note names what the trials compared.
  'no-benefit': 'No benefit found in trials',
  against: 'Evidence against',
}

/**
 * What one feature's evidence is worth to the finder. Untested features and features trials
 * found no benefit from count nothing; "against" is not a weight: it excludes.
 */
export const EVIDENCE_WEIGHT: Record<Exclude<EvidenceLevel, 'against'>, number> = {
  strong: 4,
  moderate: 3,
  limited: 2,
  weak: 1,
  'not-tested': 0,
  'no-benefit': 0,
}

/** Whose evidence it is: pain people already have, or preventing it in people who had none. */
export const EVIDENCE_SCOPES = ['treatment', 'prevention'] as const
export type EvidenceScope = (typeof EVIDENCE_SCOPES)[number]

export const EVIDENCE_SCOPE_LABELS: Record<EvidenceScope, string> = {
  treatment: 'Research on people who already had the pain',
  prevention: 'Research on preventing it (in military recruits), not on pain you already have',
}

export const isEvidenceLevel = (value: unknown): value is EvidenceLevel => isOneOf(EVIDENCE_LEVELS, value)
export const isEvidenceScope = (value: unknown): value is EvidenceScope => isOneOf(EVIDENCE_SCOPES, value)

export const evidenceLabel = (value: string | null | undefined) => (isEvidenceLevel(value) ? EVIDENCE_LABELS[value] : 'Evidence not rated')

/**
 * Complaints the finder never scores: their conditions rate no insole feature, the Studio
 * refuses any, and the engine ignores any that get through. The shopper reads this note
 * instead of an evidence label.
 */
export const UNSCORED_SYMPTOMS = {
  // Cochrane (Sahar): insoles do not prevent back pain, treatment evidence limited;
  // NICE NG59: do not offer foot orthotics for managing low back pain.
  'low-back-pain': {
    title: 'About insoles and low back pain',
    note: 'The evidence that insoles help low back pain is weak, and UK guidance (NICE) advises against offering them for it. Exercise and staying active help most. Insoles may still make standing and walking more comfortable.',
  },
} as const satisfies Partial<Record<Symptom, { title: string; note: string }>>
export type UnscoredSymptom = keyof typeof UNSCORED_SYMPTOMS
export const isUnscoredSymptom = (value: unknown): value is UnscoredSymptom => typeof value === 'string' && Object.hasOwn(UNSCORED_SYMPTOMS, value)
