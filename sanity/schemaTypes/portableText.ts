import { defineArrayMember, defineField, defineType } from 'sanity'
import { pictureFields } from './picture'
import { CARE_LEVEL_LABELS, CARE_LEVELS } from '../../lib/domain'
import { optionList } from './options'

// Warning signs are never typed into a guide: its "When to get help" cards are built from
// lib/domain's one list by the guide's body areas. A card in the text is for self-care only.
export const careCard = defineType({
  name: 'careCard',
  title: 'Self-care card',
  type: 'object',
  description: 'Things readers can try themselves. Warning signs appear by themselves under "When to get help", from the body areas.',
  fields: [
    defineField({
      name: 'level',
      type: 'string',
      options: {
        list: optionList(['self-care'], CARE_LEVEL_LABELS),
        layout: 'radio',
      },
      initialValue: 'self-care',
      validation: (rule) =>
        rule.required().custom((level) =>
          level === 'self-care' || level === undefined
            ? true
            : `Warning signs come from the site's one list, by the guide's body areas: remove this ${CARE_LEVELS.includes(level as never) ? `"${level}"` : ''} card and check the body areas instead.`,
        ),
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
          // An in-text citation: select "Rabusin 2021" and point it at its number under References.
          defineArrayMember({
            name: 'cite',
            type: 'object',
            title: 'Citation',
            fields: [
              defineField({
                name: 'ref',
                title: 'Reference number',
                type: 'number',
                description: 'Its number in the References list of this guide.',
                validation: (rule) =>
                  rule
                    .required()
                    .integer()
                    .min(1)
                    .custom((ref, context) => {
                      const count = ((context.document as { references?: unknown[] } | undefined)?.references ?? []).length
                      return typeof ref !== 'number' || ref <= count ? true : `There are only ${count} references: add the reference first.`
                    }),
              }),
            ],
          }),
        ],
      },
    }),
    defineArrayMember({ type: 'image', options: { hotspot: true }, fields: pictureFields({ caption: true }) }),
    defineArrayMember({ type: 'careCard' }),
    defineArrayMember({ type: 'callout' }),
    defineArrayMember({ type: 'exerciseEmbed' }),
  ],
})
