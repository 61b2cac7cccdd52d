import { defineArrayMember, defineField, defineType } from 'sanity'
import { optionList } from './options'

export const CARE_LEVELS = ['emergency', 'urgent', 'soon', 'self-care'] as const

export const careCard = defineType({
  name: 'careCard',
  title: 'Care card',
  type: 'object',
  fields: [
    defineField({
      name: 'level',
      type: 'string',
      options: {
        list: optionList(CARE_LEVELS, {
          emergency: 'Emergency (999 / A&E)',
          urgent: 'Urgent (same day)',
          soon: 'Soon (see a GP)',
          'self-care': 'Self-care',
        }),
        layout: 'radio',
      },
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'title', type: 'string', validation: (rule) => rule.required() }),
    defineField({ name: 'items', type: 'array', of: [defineArrayMember({ type: 'string' })] }),
    defineField({ name: 'action', type: 'string', description: 'Where to go or what to do.' }),
  ],
  preview: { select: { title: 'title', subtitle: 'level' } },
})

export const callout = defineType({
  name: 'callout',
  title: 'Callout',
  type: 'object',
  fields: [
    defineField({
      name: 'tone',
      type: 'string',
      options: { list: optionList(['info', 'evidence', 'tip']), layout: 'radio' },
      initialValue: 'info',
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'title', type: 'string' }),
    defineField({ name: 'text', type: 'text', rows: 3, validation: (rule) => rule.required() }),
  ],
  preview: { select: { title: 'title', subtitle: 'tone' } },
})

export const exerciseEmbed = defineType({
  name: 'exerciseEmbed',
  title: 'Exercise',
  type: 'object',
  fields: [
    defineField({
      name: 'exercise',
      type: 'reference',
      to: [{ type: 'exercise' }],
      validation: (rule) => rule.required(),
    }),
  ],
  preview: { select: { title: 'exercise.name' }, prepare: ({ title }) => ({ title: `Exercise: ${title ?? '…'}` }) },
})

export const richText = defineType({
  name: 'richText',
  title: 'Body',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Normal', value: 'normal' },
        { title: 'Heading', value: 'h2' },
        { title: 'Subheading', value: 'h3' },
      ],
      lists: [
        { title: 'Bullet', value: 'bullet' },
        { title: 'Numbered', value: 'number' },
      ],
      marks: {
        decorators: [
          { title: 'Strong', value: 'strong' },
          { title: 'Emphasis', value: 'em' },
        ],
        annotations: [
          defineArrayMember({
            name: 'link',
            type: 'object',
            title: 'Link',
            fields: [
              defineField({
                name: 'href',
                type: 'url',
                validation: (rule) =>
                  rule.required().uri({ scheme: ['http', 'https', 'mailto'], allowRelative: true }),
              }),
            ],
          }),
        ],
      },
    }),
    defineArrayMember({
      type: 'image',
      fields: [
        defineField({ name: 'alt', title: 'Alternative text', type: 'string', validation: (rule) => rule.required() }),
        defineField({ name: 'caption', type: 'string' }),
      ],
    }),
    defineArrayMember({ type: 'careCard' }),
    defineArrayMember({ type: 'callout' }),
    defineArrayMember({ type: 'exerciseEmbed' }),
  ],
})
