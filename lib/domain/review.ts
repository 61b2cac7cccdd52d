// Where a page is in its clinical review. The Studio and the site use the same words.

export const REVIEW_STATUSES = ['awaiting-review', 'reviewed', 'needs-update'] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  'awaiting-review': 'Awaiting clinical review',
  reviewed: 'Clinically reviewed',
  'needs-update': 'Review overdue: being updated',
}

export const reviewStatusLabel = (value: string | null | undefined) =>
  value && Object.hasOwn(REVIEW_STATUS_LABELS, value) ? REVIEW_STATUS_LABELS[value as ReviewStatus] : null
