import { BODY_AREA_LABELS, BODY_AREAS, type BodyArea, type EvidenceLevel } from '@/lib/finder/vocabulary'

export { BODY_AREA_LABELS }

export const isBodyArea = (value: unknown): value is BodyArea =>
  typeof value === 'string' && (BODY_AREAS as readonly string[]).includes(value)

export const bodyAreaLabel = (value: string) => (isBodyArea(value) ? BODY_AREA_LABELS[value] : value)

export const EVIDENCE_LABELS: Record<EvidenceLevel, string> = {
  strong: 'Strong evidence',
  moderate: 'Moderate evidence',
  limited: 'Limited evidence',
  weak: 'Weak evidence',
  against: 'Evidence against',
}

export const evidenceLabel = (value: string | null | undefined) =>
  value && value in EVIDENCE_LABELS ? EVIDENCE_LABELS[value as EvidenceLevel] : 'Evidence not rated'

export const REVIEW_STATUS_LABELS: Record<string, string> = {
  'awaiting-review': 'Awaiting clinical review',
  reviewed: 'Clinically reviewed',
  'needs-update': 'Review overdue: being updated',
}

export function formatDate(iso: string | null | undefined) {
  if (!iso) return null
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)
  if (Number.isNaN(date.getTime())) return null
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date)
}

export function formatPrice(amount: number | null | undefined, currency: string | null | undefined) {
  if (typeof amount !== 'number') return null
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency: currency || 'GBP' }).format(amount)
}
