import { defineArrayMember, defineField, defineType } from 'sanity'
import {
  ARCH_TYPES,
  BODY_AREA_LABELS,
  BODY_AREAS,
  EVIDENCE_LEVELS,
  FEATURES,
  SYMPTOMS,
} from '../../lib/finder/vocabulary'
import { optionList, titleOf } from './options'
import { isUniqueSlugForType } from '../validation'

export const EVIDENCE_TITLES: Record<string, string> = {
  strong: 'Strong',
  moderate: 'Moderate',
  limited: 'Limited',
  weak: 'Weak',
  against: 'Evidence against',
}

export const condition = defineType({
  name: 'condition',
  title: 'Condition',
  type: 'document',
  fields: [
    defineField({ name: 'name', type: 'string', validation: (rule) => rule.required() }),
    defineField({
      name: 'slug',
      type: 'slug',
      options: { source: 'name', isUnique: isUniqueSlugForType },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'bodyArea',
      type: 'string',
      options: { list: optionList(BODY_AREAS, BODY_AREA_LABELS) },
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'description', title: 'Short description', type: 'text', rows: 2 }),
    defineField({
      name: 'finderArches',
      title: 'Finder: arch types this condition applies to',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: optionList(ARCH_TYPES.filter((a) => a !== 'neutral' && a !== 'unsure')) },
    }),
    defineField({
      name: 'finderSymptoms',
      title: 'Finder: symptoms this condition applies to',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: optionList(SYMPTOMS) },
    }),
    defineField({
      name: 'features',
      title: 'Insole features that may help, with the strength of the evidence',
      type: 'array',
      of: [
        defineArrayMember({
          name: 'featureEvidence',
          type: 'object',
          fields: [
            defineField({
              name: 'feature',
              type: 'string',
              options: { list: optionList(FEATURES) },
              validation: (rule) => rule.required(),
            }),
            defineField({
              name: 'evidence',
              type: 'string',
              options: { list: optionList(EVIDENCE_LEVELS, EVIDENCE_TITLES), layout: 'radio' },
              validation: (rule) => rule.required(),
            }),
            defineField({ name: 'note', type: 'string', description: 'One sentence naming the source.' }),
          ],
          preview: {
            select: { feature: 'feature', evidence: 'evidence' },
            prepare: ({ feature, evidence }) => ({
              title: feature && titleOf(feature as string),
              subtitle: evidence && titleOf(evidence as string, EVIDENCE_TITLES),
            }),
          },
        }),
      ],
    }),
  ],
  preview: {
    select: { title: 'name', area: 'bodyArea' },
    prepare: ({ title, area }) => ({ title, subtitle: area && titleOf(area as string, BODY_AREA_LABELS) }),
  },
})
