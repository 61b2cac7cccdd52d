import { defineField } from 'sanity'
import { treatmentClaimWarning } from '../validation'

const ALT_REQUIRED = 'Alternative text is required: people using screen readers rely on it.'
const ALT_HELP = 'Describe what the picture shows for someone who cannot see it, in a sentence. Not "image of".'

/** An image with alt text the site needs, and a hotspot so the site can crop it without losing the subject. */
export const pictureFields = (options: { caption?: boolean } = {}) => [
  defineField({
    name: 'alt',
    title: 'Alternative text',
    type: 'string',
    description: ALT_HELP,
    validation: (rule) => [
      // Only for a picture that is there: a missing picture has its own message.
      rule
        .custom((alt, context) => (!(context.parent as { asset?: unknown } | undefined)?.asset || (typeof alt === 'string' && alt.trim()) ? true : ALT_REQUIRED))
        .error(),
      rule.min(10).warning('Alternative text this short rarely says what the picture shows.'),
      rule.custom(treatmentClaimWarning).warning(),
    ],
  }),
  ...(options.caption ? [defineField({ name: 'caption', type: 'string' })] : []),
]

export const picture = (field: { name: string; title?: string; description?: string; group?: string; required?: 'error' | 'warning' }) =>
  defineField({
    name: field.name,
    title: field.title,
    description: field.description,
    group: field.group,
    type: 'image',
    options: { hotspot: true },
    fields: pictureFields(),
    validation: field.required
      ? (rule) => (field.required === 'error' ? rule.required() : rule.required().warning('Add a picture: pages look bare without one.'))
      : undefined,
  })
