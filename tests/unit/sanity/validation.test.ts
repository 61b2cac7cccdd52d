import type { SlugValidationContext } from 'sanity'
import { describe, expect, it, vi } from 'vitest'
import {
  isUniqueSlugForType,
  nextReviewAfterReviewed,
  plainText,
  reviewProblems,
  reviewStatusRule,
  treatmentClaimWarning,
} from '../../../sanity/validation'
import { seedDocuments } from '../../support/seed'

const reviewed = {
  reviewStatus: 'reviewed',
  reviewer: { _ref: 'person-a' },
  reviewedOn: '2026-10-01',
  nextReviewDue: '2027-10-01',
  references: [{ title: 'NICE NG59', url: 'https://www.nice.org.uk/guidance/ng59' }],
}

describe('a guide may be marked reviewed only when the review is on record', () => {
  it('accepts a complete review', () => {
    expect(reviewProblems(reviewed)).toEqual([])
    expect(reviewStatusRule('reviewed', { document: reviewed })).toBe(true)
  })

  it('asks nothing of a guide awaiting review', () => {
    expect(reviewStatusRule('awaiting-review', { document: { reviewStatus: 'awaiting-review' } })).toBe(true)
  })

  it.each([
    [{ reviewer: undefined }, 'a reviewer'],
    [{ reviewedOn: undefined }, 'a reviewed-on date'],
    [{ nextReviewDue: undefined }, 'a next-review-due date'],
    [{ nextReviewDue: '2026-10-01' }, 'a next-review-due date after the reviewed-on date'],
    [{ nextReviewDue: '2025-01-01' }, 'a next-review-due date after the reviewed-on date'],
    [{ references: [] }, 'at least one reference with a URL, DOI or PMID'],
    [{ references: [{ title: 'A book with no link' }] }, 'at least one reference with a URL, DOI or PMID'],
  ])('refuses %o', (change, problem) => {
    const doc = { ...reviewed, ...change }
    expect(reviewProblems(doc)).toEqual([problem])
    expect(reviewStatusRule('reviewed', { document: doc })).toBe(`Before marking this guide reviewed, add ${problem}.`)
  })

  it('accepts a DOI or a PMID instead of a URL', () => {
    expect(reviewProblems({ ...reviewed, references: [{ doi: '10.1002/14651858.CD005275.pub2' }] })).toEqual([])
    expect(reviewProblems({ ...reviewed, references: [{ pmid: '16621569' }] })).toEqual([])
  })
})

describe('next review due', () => {
  it('must come after the reviewed-on date', () => {
    expect(nextReviewAfterReviewed('2027-01-01', { document: { reviewedOn: '2026-01-01' } })).toBe(true)
    expect(nextReviewAfterReviewed('2026-01-01', { document: { reviewedOn: '2026-01-01' } })).toBe('Must be after the reviewed-on date.')
    expect(nextReviewAfterReviewed('2027-01-01', { document: {} })).toBe(true)
  })
})

describe('treatment claims are flagged (a warning, not an error)', () => {
  it.each([
    'These insoles cure plantar fasciitis.',
    'Fixes your back in a week',
    'Eliminates heel pain for good',
    'Guaranteed relief',
    'Clinically proven comfort',
  ])('flags %j', (text) => {
    expect(treatmentClaimWarning(text)).toMatch(/sounds like a promise to treat/)
  })

  it.each(['May add comfort and support.', 'Insoles do not cure back pain.'.replace('cure', 'treat'), 'A secure fit', 'Curved heel cup'])(
    'lets %j pass',
    (text) => expect(treatmentClaimWarning(text)).toBe(true),
  )

  it('reads Portable Text, care cards and callouts', () => {
    const body = [
      { _type: 'block', children: [{ text: 'A calm paragraph.' }] },
      { _type: 'callout', title: 'Note', text: 'This will cure you.' },
    ]
    expect(plainText(body)).toBe('A calm paragraph.\nNote This will cure you.')
    expect(treatmentClaimWarning(body)).not.toBe(true)
  })

  it('no published seed text makes a treatment claim', () => {
    for (const doc of seedDocuments().filter((d) => !d._id.startsWith('drafts.'))) {
      for (const field of ['title', 'summary', 'body', 'keyPoints', 'tagline', 'description']) {
        expect(treatmentClaimWarning(doc[field]), `${doc._id}.${field}`).toBe(true)
      }
    }
  })
})

describe('slugs are unique per type', () => {
  const context = (count: number) => {
    const fetch = vi.fn().mockResolvedValue(count)
    const ctx = { document: { _id: 'drafts.guide-a', _type: 'guide' }, getClient: () => ({ fetch }) } as unknown as SlugValidationContext
    return { ctx, fetch }
  }

  it('accepts a slug no other document of the type uses, ignoring its own draft and published copies', async () => {
    const { ctx, fetch } = context(0)
    await expect(isUniqueSlugForType('flat-feet', ctx)).resolves.toBe(true)
    expect(fetch).toHaveBeenCalledWith(expect.stringContaining('count('), {
      type: 'guide',
      slug: 'flat-feet',
      draft: 'drafts.guide-a',
      published: 'guide-a',
    })
  })

  it('refuses a slug another document already has', async () => {
    await expect(isUniqueSlugForType('flat-feet', context(1).ctx)).resolves.toBe(false)
  })
})
