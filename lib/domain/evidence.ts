// How strong the evidence is for a kind of insole feature for a condition (never for a product).

export const EVIDENCE_LEVELS = ['strong', 'moderate', 'limited', 'weak', 'against'] as const
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number]

export const EVIDENCE_LABELS: Record<EvidenceLevel, string> = {
  strong: 'Strong evidence',
  moderate: 'Moderate evidence',
  limited: 'Limited evidence',
  weak: 'Weak evidence',
  against: 'Evidence against',
}

export const isEvidenceLevel = (value: unknown): value is EvidenceLevel =>
  typeof value === 'string' && (EVIDENCE_LEVELS as readonly string[]).includes(value)

export const evidenceLabel = (value: string | null | undefined) => (isEvidenceLevel(value) ? EVIDENCE_LABELS[value] : 'Evidence not rated')
