import { defineArrayMember, defineField, defineType } from 'sanity'
import { picture } from './picture'
import { BODY_AREA_LABELS, BODY_AREAS, REVIEW_STATUS_LABELS, REVIEW_STATUSES } from '../../lib/domain'
import { BodyAreasWithCareSigns } from '../components/CareSignsPreview'
import { optionList, titleOf } from './options'
import { isUniqueSlugForType, nextReviewAfterReviewed, reviewStatusRule, treatmentClaimWarning } from '../validation'

export const citation = defineType({
  name: 'citation',
  title: 'Reference',
  type: 'object',
  fields: [
    defineField({
      name: 'authors',
      type: 'string',
      description: 'The first author and "et al." ("Rabusin CL, et al."), or the organisation ("NHS", "NICE").',
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'title', type: 'string', validation: (rule) => rule.required() }),
    defineField({ name: 'publisher', title: 'Publisher or journal', type: 'string' }),
    defineField({ name: 'year', type: 'number', validation: (rule) => rule.integer().min(1900).max(2100) }),
    defineField({ name: 'url', title: 'URL', type: 'url', validation: (rule) => rule.uri({ scheme: ['https', 'http'] }) }),
    defineField({ name: 'doi', title: 'DOI', type: 'string', validation: (rule) => rule.regex(/^10\.\d{4,9}\/\S+$/, { name: 'DOI' }) }),
    defineField({ name: 'pmid', title: 'PMID', type: 'string', validation: (rule) => rule.regex(/^\d{1,9}$/, { name: 'PMID' }) }),
  ],
  preview: {
    select: { title: 'title', authors: 'authors', year: 'year' },
    prepare: ({ title, authors, year }) => ({ title, subtitle: [authors, year].filter(Boolean).join(', ') }),
  },
})

export const guide = defineType({
  name: 'guide',
  title: 'Guide',
  type: 'document',
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: 'review', title: 'Review' },
    { name: 'links', title: 'Links' },
  ],
  fields: [
    defineField({
      name: 'title',
      type: 'string',
      group: 'content',
      validation: (rule) => [rule.required(), rule.custom(treatmentClaimWarning).warning()],
    }),
    defineField({
      name: 'slug',
      type: 'slug',
      group: 'content',
      options: { source: 'title', maxLength: 96, isUnique: isUniqueSlugForType },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'summary',
      type: 'text',
      rows: 2,
      group: 'content',
      description: 'Plain text, at most 160 characters. Shown in lists and search results.',
      validation: (rule) => [rule.required().max(160), rule.custom(treatmentClaimWarning).warning()],
    }),
    defineField({
      name: 'bodyAreas',
      type: 'array',
      group: 'content',
      description: 'Where on the body this guide is about. The "When to get help" cards list every warning sign of these areas.',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: optionList(BODY_AREAS, BODY_AREA_LABELS) },
      components: { input: BodyAreasWithCareSigns },
      validation: (rule) => rule.required().min(1),
    }),
    defineField({
      name: 'kind',
      type: 'string',
      group: 'content',
      options: { list: [{ value: 'condition', title: 'Condition guide' }, { value: 'explainer', title: 'Explainer' }], layout: 'radio' },
      initialValue: 'condition',
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'featured', type: 'boolean', group: 'content', initialValue: false }),
    picture({ name: 'heroImage', title: 'Hero picture', group: 'content', required: 'warning' }),
    defineField({
      name: 'body',
      type: 'richText',
      group: 'content',
      validation: (rule) => rule.custom(treatmentClaimWarning).warning(),
    }),
    defineField({
      name: 'keyPoints',
      type: 'array',
      group: 'content',
      of: [defineArrayMember({ type: 'string' })],
      validation: (rule) => rule.custom(treatmentClaimWarning).warning(),
    }),
    defineField({
      name: 'conditions',
      title: 'Conditions covered',
      type: 'array',
      group: 'links',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'condition' }] })],
    }),
    defineField({
      name: 'related',
      title: 'Related guides',
      type: 'array',
      group: 'links',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'guide' }] })],
    }),
    defineField({ name: 'author', type: 'reference', group: 'review', to: [{ type: 'person' }] }),
    defineField({ name: 'reviewer', type: 'reference', group: 'review', to: [{ type: 'person' }] }),
    defineField({ name: 'reviewedOn', title: 'Reviewed on', type: 'date', group: 'review' }),
    defineField({
      name: 'nextReviewDue',
      title: 'Next review due',
      type: 'date',
      group: 'review',
      validation: (rule) => rule.custom(nextReviewAfterReviewed),
    }),
    defineField({
      name: 'reviewStatus',
      type: 'string',
      group: 'review',
      options: { list: optionList(REVIEW_STATUSES, REVIEW_STATUS_LABELS), layout: 'radio' },
      initialValue: 'awaiting-review',
      validation: (rule) => [rule.required(), rule.custom(reviewStatusRule)],
    }),
    defineField({
      name: 'references',
      type: 'array',
      group: 'review',
      of: [defineArrayMember({ type: 'citation' })],
    }),
  ],
  preview: {
    select: { title: 'title', areas: 'bodyAreas', status: 'reviewStatus', media: 'heroImage' },
    prepare: ({ title, areas, status, media }) => ({
      title,
      subtitle: [
        (areas as string[] | undefined)?.map((area) => titleOf(area, BODY_AREA_LABELS)).join(', '),
        status && titleOf(status as string, REVIEW_STATUS_LABELS),
      ]
        .filter(Boolean)
        .join(' · '),
      media,
    }),
  },
})
