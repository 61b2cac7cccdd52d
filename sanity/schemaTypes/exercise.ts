import { defineArrayMember, defineField, defineType } from 'sanity'
import { BODY_AREA_LABELS, BODY_AREAS } from '../../lib/domain'
import { optionList, titleOf } from './options'
import { picture } from './picture'
import { isUniqueSlugForType, treatmentClaimWarning } from '../validation'

export const exercise = defineType({
  name: 'exercise',
  title: 'Exercise',
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
      name: 'summary',
      type: 'string',
      validation: (rule) => [rule.max(160), rule.custom(treatmentClaimWarning).warning()],
    }),
    defineField({
      name: 'targets',
      title: 'What it targets',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      validation: (rule) => rule.custom(treatmentClaimWarning).warning(),
    }),
    defineField({
      name: 'bodyAreas',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: optionList(BODY_AREAS, BODY_AREA_LABELS) },
    }),
    defineField({
      name: 'steps',
      type: 'array',
      description: 'One instruction a step, each with a picture of that position.',
      of: [
        defineArrayMember({
          name: 'exerciseStep',
          title: 'Step',
          type: 'object',
          fields: [
            defineField({
              name: 'text',
              type: 'string',
              validation: (rule) => [rule.required(), rule.custom(treatmentClaimWarning).warning()],
            }),
            picture({ name: 'image', title: 'Picture of this step', required: 'warning' }),
          ],
          preview: { select: { title: 'text', media: 'image' } },
        }),
      ],
      validation: (rule) => rule.required().min(1),
    }),
    defineField({
      name: 'dose',
      type: 'object',
      fields: [
        defineField({ name: 'holdSeconds', title: 'Hold (seconds)', type: 'number' }),
        defineField({ name: 'reps', type: 'number' }),
        defineField({ name: 'sets', type: 'number' }),
        defineField({
          name: 'frequency',
          type: 'string',
          description: 'For example "twice a day".',
          validation: (rule) => rule.custom(treatmentClaimWarning).warning(),
        }),
      ],
    }),
    defineField({
      name: 'cautions',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      validation: (rule) => rule.custom(treatmentClaimWarning).warning(),
    }),
    picture({ name: 'image', title: 'Cover picture', description: 'Shown on cards and at the top of the page.', required: 'warning' }),
  ],
  preview: {
    select: { title: 'name', areas: 'bodyAreas', media: 'image' },
    prepare: ({ title, areas, media }) => ({
      title,
      subtitle: (areas as string[] | undefined)?.map((area) => titleOf(area, BODY_AREA_LABELS)).join(', '),
      media,
    }),
  },
})
