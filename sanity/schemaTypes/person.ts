import { defineField, defineType } from 'sanity'
import { isUniqueSlugForType } from '../validation'

export const person = defineType({
  name: 'person',
  title: 'Person',
  type: 'document',
  fields: [
    defineField({ name: 'name', type: 'string', validation: (rule) => rule.required() }),
    defineField({
      name: 'slug',
      type: 'slug',
      options: { source: 'name', isUnique: isUniqueSlugForType },
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'role', type: 'string', description: 'For example "Health writer" or "Podiatrist".' }),
    defineField({
      name: 'credentials',
      type: 'string',
      description: 'Qualifications and registration, as the reader should see them.',
    }),
    defineField({ name: 'bio', title: 'Short bio', type: 'text', rows: 3 }),
  ],
  preview: { select: { title: 'name', subtitle: 'role' } },
})
