import { defineDocuments, defineLocations, type PresentationPluginOptions } from 'sanity/presentation'

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

type GuideUse = { title?: string; slug?: string }

// Conditions and people have no page of their own: they appear on the guides that use them.
const throughGuides = (title: string) =>
  defineLocations({
    select: { name: title, guides: '*[_type == "guide" && references(^._id)]{ title, "slug": slug.current }' },
    resolve: (doc) => ({
      locations: ((doc?.guides as GuideUse[] | undefined) ?? [])
        .filter((guide) => guide.slug)
        .map((guide) => ({ title: guide.title || 'Untitled guide', href: `/guides/${guide.slug}` })),
      message: 'Shown on the guides that use it.',
    }),
  })

export const locations: NonNullable<PresentationPluginOptions['resolve']>['locations'] = {
  guide: pageFor('title', '/guides', { title: 'All guides', href: '/guides' }),
  insole: pageFor('name', '/insoles', { title: 'All insoles', href: '/insoles' }),
  exercise: pageFor('name', '/exercises', { title: 'All exercises', href: '/exercises' }),
  condition: throughGuides('name'),
  person: throughGuides('name'),
  siteSettings: defineLocations({
    message: 'Used on every page.',
    tone: 'caution',
    locations: [{ title: 'Home', href: '/' }],
  }),
}

/** Which document a route shows, so Presentation opens the right one beside the page. */
export const mainDocuments = defineDocuments([
  { route: '/guides/:slug', filter: `_type == "guide" && slug.current == $slug` },
  { route: '/insoles/:slug', filter: `_type == "insole" && slug.current == $slug` },
  { route: '/exercises/:slug', filter: `_type == "exercise" && slug.current == $slug` },
  { route: '/', filter: `_type == "siteSettings"` },
])

export const resolve: PresentationPluginOptions['resolve'] = { locations, mainDocuments }
