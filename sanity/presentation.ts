import { defineLocations, type PresentationPluginOptions } from 'sanity/presentation'

// Where each document appears on the site, so the Presentation tool can open it.
const pageFor = (title: string, prefix: string, list: { title: string; href: string }) =>
  defineLocations({
    select: { name: title, slug: 'slug.current' },
    resolve: (doc) => ({
      locations: [
        ...(doc?.slug ? [{ title: (doc.name as string) || 'Untitled', href: `${prefix}/${doc.slug}` }] : []),
        list,
      ],
    }),
  })

export const resolve: PresentationPluginOptions['resolve'] = {
  locations: {
    guide: pageFor('title', '/guides', { title: 'All guides', href: '/guides' }),
    insole: pageFor('name', '/insoles', { title: 'All insoles', href: '/insoles' }),
    exercise: pageFor('name', '/exercises', { title: 'All exercises', href: '/exercises' }),
  },
}
