import { defineArrayMember, defineField, defineType } from 'sanity'
import {
  ARCH_TYPE_LABELS,
  ARCH_TYPES,
  BODY_AREA_LABELS,
  BODY_AREAS,
  EVIDENCE_LABELS,
  EVIDENCE_LEVELS,
  EVIDENCE_SCOPE_LABELS,
  EVIDENCE_SCOPES,
  FEATURE_LABELS,
  FEATURES,
  SYMPTOM_LABELS,
  SYMPTOMS,
} from '../../lib/domain'

const labelsOf = <K extends string>(labels: Record<K, { label: string }>) =>
  Object.fromEntries(Object.entries<{ label: string }>(labels).map(([value, { label }]) => [value, label]))
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
import { optionList, titleOf } from './options'
import { isUniqueSlugForType, treatmentClaimWarning, unscoredFeaturesRule } from '../validation'

// The feature picker of both lists below: features that may help, and features to rule out.
const featureField = defineField({
  name: 'feature',
  type: 'string',
  options: { list: optionList(FEATURES, Object.fromEntries(FEATURES.map((f) => [f, sentence(FEATURE_LABELS[f])]))) },
  validation: (rule) => rule.required(),
})

export const condition = defineType({
  name: 'condition',
  title: 'Condition',
  type: 'document',
  fields: [
    defineField({
      name: 'name',
      type: 'string',
      validation: (rule) => [rule.required(), rule.custom(treatmentClaimWarning).warning()],
    }),
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
    defineField({
      name: 'description',
      title: 'Short description',
      type: 'text',
      rows: 2,
      validation: (rule) => rule.custom(treatmentClaimWarning).warning(),
    }),
    defineField({
      name: 'finderArches',
      title: 'Finder: arch types this condition applies to',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: optionList(ARCH_TYPES.filter((a) => a !== 'neutral' && a !== 'unsure'), labelsOf(ARCH_TYPE_LABELS)) },
    }),
    defineField({
      name: 'finderSymptoms',
      title: 'Finder: symptoms this condition applies to',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: optionList(SYMPTOMS, labelsOf(SYMPTOM_LABELS)) },
    }),
    defineField({
      name: 'features',
      title: 'Insole features that may help, with the strength of the evidence',
      description: 'Leave empty for low back pain: the finder never scores it and shows its note instead.',
      type: 'array',
      validation: (rule) => rule.custom(unscoredFeaturesRule),
      of: [
        defineArrayMember({
          name: 'featureEvidence',
          type: 'object',
          fields: [
            featureField,
            defineField({
              name: 'evidence',
              type: 'string',
              options: { list: optionList(EVIDENCE_LEVELS, EVIDENCE_LABELS), layout: 'radio' },
              validation: (rule) => rule.required(),
            }),
            defineField({
              name: 'scope',
              title: 'What the research looked at',
              type: 'string',
              options: { list: optionList(EVIDENCE_SCOPES, EVIDENCE_SCOPE_LABELS), layout: 'radio' },
              initialValue: 'treatment',
            }),
            defineField({
              name: 'note',
              type: 'string',
              description: 'One sentence naming the source.',
              validation: (rule) => rule.custom(treatmentClaimWarning).warning(),
            }),
          ],
          preview: {
            select: { feature: 'feature', evidence: 'evidence' },
            prepare: ({ feature, evidence }) => ({
              title: feature && titleOf(feature as string),
              subtitle: evidence && titleOf(evidence as string, EVIDENCE_LABELS),
            }),
          },
        }),
      ],
    }),
    defineField({
      name: 'avoid',
      title: 'Features to rule out for this condition',
      description: 'The finder never offers an insole with these features to someone with this condition (for example a raised outer edge for flat feet).',
      type: 'array',
      of: [
        defineArrayMember({
          name: 'featureToAvoid',
          type: 'object',
          fields: [
            featureField,
            defineField({
              name: 'reason',
              type: 'string',
              description: 'One plain sentence: why it does not suit this condition.',
              validation: (rule) => [rule.required(), rule.custom(treatmentClaimWarning).warning()],
            }),
          ],
          preview: {
            select: { feature: 'feature', reason: 'reason' },
            prepare: ({ feature, reason }) => ({ title: feature && titleOf(feature as string), subtitle: reason as string }),
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
