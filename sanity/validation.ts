// Publishing rules for health content, as pure functions so they are tested without a Studio.
import type { SlugValidationContext } from 'sanity'

/** Words that promise treatment. Comfort and support claims only (see EVIDENCE.md, claims rules). */
export const TREATMENT_CLAIM =
  /\b(cur(e|es|ed|ing)|heal(s|ed)? your|fix(es|ed)? your|eliminat(e|es|ed|ing)\b[^.]{0,30}\bpain|guarantee(s|d)?|clinically proven|pain[- ]free for good)\b/i

type Block = { _type?: string; children?: { text?: string }[]; text?: string; title?: string; items?: string[]; action?: string }

/** All readable text of a Portable Text body, including care cards and callouts. */
export function plainText(value: unknown): string {
  if (typeof value === 'string') return value
  if (!Array.isArray(value)) return ''
  return (value as Block[])
    .map((block) =>
      [block.children?.map((child) => child.text ?? '').join(''), block.title, block.text, block.action, ...(block.items ?? [])]
        .filter(Boolean)
        .join(' '),
    )
    .join('\n')
}

/** A warning message when text promises to cure, fix or eliminate pain; true when it does not. */
export function treatmentClaimWarning(value: unknown): true | string {
  const match = TREATMENT_CLAIM.exec(plainText(value))
  return match
    ? `"${match[0]}" sounds like a promise to treat. Say what the product or advice may help with (comfort, support), not that it cures or fixes.`
    : true
}

type Reference = { title?: string; url?: string; doi?: string; pmid?: string }
type ReviewFields = {
  reviewStatus?: string
  reviewer?: { _ref?: string }
  reviewedOn?: string
  nextReviewDue?: string
  references?: Reference[]
}

/** What a guide still lacks before it may be marked "reviewed"; empty when it may. */
export function reviewProblems(doc: ReviewFields | undefined): string[] {
  if (!doc || doc.reviewStatus !== 'reviewed') return []
  const problems: string[] = []
  if (!doc.reviewer?._ref) problems.push('a reviewer')
  if (!doc.reviewedOn) problems.push('a reviewed-on date')
  if (!doc.nextReviewDue) problems.push('a next-review-due date')
  else if (doc.reviewedOn && doc.nextReviewDue <= doc.reviewedOn) problems.push('a next-review-due date after the reviewed-on date')
  if (!(doc.references ?? []).some((ref) => ref.url || ref.doi || ref.pmid)) {
    problems.push('at least one reference with a URL, DOI or PMID')
  }
  return problems
}

export function reviewStatusRule(_status: unknown, context: { document?: unknown }): true | string {
  const problems = reviewProblems(context.document as ReviewFields | undefined)
  return problems.length ? `Before marking this guide reviewed, add ${problems.join(', ')}.` : true
}

export function nextReviewAfterReviewed(value: unknown, context: { document?: unknown }): true | string {
  const reviewedOn = (context.document as ReviewFields | undefined)?.reviewedOn
  if (typeof value === 'string' && reviewedOn && value <= reviewedOn) return 'Must be after the reviewed-on date.'
  return true
}

/** Slugs are unique per document type, ignoring the document's own draft and published copies. */
export async function isUniqueSlugForType(slug: string, context: SlugValidationContext): Promise<boolean> {
  const { document, getClient } = context
  if (!document) return true
  const id = document._id.replace(/^drafts\./, '')
  const count = await getClient({ apiVersion: '2025-09-01' }).fetch<number>(
    'count(*[_type == $type && slug.current == $slug && !(_id in [$draft, $published])])',
    { type: document._type, slug, draft: `drafts.${id}`, published: id },
  )
  return count === 0
}
