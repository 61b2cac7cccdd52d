import { defineArrayMember, defineField, defineType } from 'sanity'
import { pictureFields } from './picture'
import {
  ACTIVITIES,
  ACTIVITY_LABELS,
  ARCH_SUPPORT,
  CUSHIONING,
  FIRMNESS,
  FIRMNESS_LABELS,
  FOOTWEAR,
  FOOTWEAR_LABELS,
  HEEL_CUP,
  POSTING,
  PROFILES,
} from '../../lib/domain'
import { optionList, titleOf } from './options'
import { isUniqueSlugForType, treatmentClaimWarning } from '../validation'

const required = (name: string, title: string, values: readonly string[], titles?: Record<string, string>) =>
  defineField({
    name,
    title,
    type: 'string',
    group: 'support',
    options: { list: optionList(values, titles), layout: 'radio', direction: 'horizontal' },
    validation: (rule) => rule.required(),
  })

export const insole = defineType({
  name: 'insole',
  title: 'Insole',
  type: 'document',
  groups: [
    { name: 'product', title: 'Product', default: true },
    { name: 'support', title: 'Support (used by the finder)' },
  ],
  fields: [
    defineField({
      name: 'name',
      type: 'string',
      group: 'product',
      validation: (rule) => [rule.required(), rule.custom(treatmentClaimWarning).warning()],
    }),
    defineField({
      name: 'slug',
      type: 'slug',
      group: 'product',
      options: { source: 'name', isUnique: isUniqueSlugForType },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'tagline',
      type: 'string',
      group: 'product',
      validation: (rule) => rule.custom(treatmentClaimWarning).warning(),
    }),
    defineField({
      name: 'description',
      type: 'text',
      rows: 4,
      group: 'product',
      validation: (rule) => rule.custom(treatmentClaimWarning).warning(),
    }),
    defineField({
      name: 'images',
      type: 'array',
      group: 'product',
      description: 'The first picture is the one shoppers see on cards and in the finder.',
      of: [defineArrayMember({ type: 'image', options: { hotspot: true }, fields: pictureFields() })],
      validation: (rule) => rule.required().min(1).error('Add at least one picture of the insole.'),
    }),
    defineField({ name: 'price', type: 'number', group: 'product', validation: (rule) => rule.positive() }),
    defineField({ name: 'currency', type: 'string', group: 'product', initialValue: 'GBP', options: { list: ['GBP', 'EUR', 'USD'] } }),
    defineField({
      name: 'buyUrl',
      title: 'Buy link',
      type: 'url',
      group: 'product',
      validation: (rule) => rule.uri({ scheme: ['https'] }),
    }),
    required('archSupport', 'Arch support', ARCH_SUPPORT),
    required('firmness', 'Firmness', FIRMNESS, FIRMNESS_LABELS),
    required('heelCup', 'Heel cup', HEEL_CUP),
    required('posting', 'Posting', POSTING, { medial: 'Medial (inner edge)', lateral: 'Lateral (outer edge)' }),
    required('cushioning', 'Cushioning', CUSHIONING),
    defineField({ name: 'metatarsalPad', title: 'Metatarsal pad', type: 'boolean', group: 'support', validation: (rule) => rule.required() }),
    defineField({ name: 'heelLift', title: 'Heel lift', type: 'boolean', group: 'support', validation: (rule) => rule.required() }),
    required('profile', 'Profile', PROFILES, { slim: 'Slim (dress shoes)', 'high-volume': 'High volume' }),
    defineField({
      name: 'activities',
      title: 'Suited activities',
      type: 'array',
      group: 'support',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: optionList(ACTIVITIES, ACTIVITY_LABELS) },
    }),
    defineField({
      name: 'footwear',
      title: 'Shoes it fits',
      type: 'array',
      group: 'support',
      description: 'The finder offers an insole only for the shoes ticked here, so tick only the shoes it truly fits.',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: optionList(FOOTWEAR, FOOTWEAR_LABELS) },
      validation: (rule) =>
        rule.required().min(1).custom((footwear, context) =>
          (footwear as string[] | undefined)?.includes('dress') && (context.document as { profile?: string } | undefined)?.profile !== 'slim'
            ? 'Only a slim insole fits dress shoes: set the profile to slim, or untick dress shoes.'
            : true,
        ),
    }),
    defineField({
      name: 'sizeRange',
      type: 'string',
      group: 'product',
      description: 'For example "UK 3 to 13".',
      validation: (rule) => rule.custom(treatmentClaimWarning).warning(),
    }),
    defineField({
      name: 'care',
      title: 'Care',
      type: 'text',
      rows: 4,
      group: 'product',
      description:
        'How to look after it, shown under "Care" on the product page: how to clean and dry it, what to keep it away from, and when to replace it. Short plain sentences; leave a blank line between paragraphs. Care only: no health claims.',
      validation: (rule) => rule.custom(treatmentClaimWarning).warning(),
    }),
  ],
  preview: {
    select: { title: 'name', arch: 'archSupport', firmness: 'firmness', media: 'images.0' },
    // The two attributes editors tell insoles apart by, in words: "High arch support, semi-rigid".
    prepare: ({ title, arch, firmness, media }) => ({
      title,
      subtitle: [
        arch && `${titleOf(arch as string)} arch support`,
        firmness && titleOf(firmness as string, FIRMNESS_LABELS).toLowerCase(),
      ]
        .filter(Boolean)
        .join(', '),
      media,
    }),
  },
})
