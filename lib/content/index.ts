import 'server-only'
import { unstable_cache } from 'next/cache'
import { cache } from 'react'
import { cookies, draftMode } from 'next/headers'
import { stegaClean } from 'next-sanity'
import type { NextRequest } from 'next/server'
import { cacheSeconds, contentConfig as config, contentVersion, fetchContent } from './client'
import type { Perspective } from './source'
import { matchPatterns, normaliseSearch, rankBySharedWords } from './search'
import { detailAddress, pagePath, type PageType } from './page-addresses'
import {
  CONDITIONS_QUERY,
  EXERCISE_QUERY,
  EXERCISES_QUERY,
  FEATURED_GUIDES_QUERY,
  FINDER_CONTENT_QUERY,
  GUIDE_QUERY,
  GUIDE_SEARCH_QUERY,
  GUIDE_SHOWS_QUERY,
  GUIDE_SLUGS_QUERY,
  INSOLE_QUERY,
  INSOLES_QUERY,
  SITE_SETTINGS_QUERY,
  SITEMAP_QUERY,
} from './queries'
import type { FINDER_CONTENT_QUERY_RESULT, GUIDE_QUERY_RESULT } from './sanity.types'
import { finderContentView } from './finder-content'
import { guideTags, tagFor } from './tags'
import {
  exerciseCardsView,
  exerciseView,
  guideCardsView,
  guideView,
  insoleCardsView,
  insoleView,
  siteSettingsView,
  type Guide,
} from './views'

export { contentConfig, reloadContent } from './client'
export { pictureOf, shareImageOf, type Picture } from './image'
export { readSeedImage } from './seed-images'
export { detailAddress, isPublishedPage, MISSING_PAGE_HEADER, pagePath, type PageType } from './page-addresses'

// Route handlers only: loaded on first use, so pages never pull in next-sanity's draft mode or the webhook.
export const enableDraftMode = async (request: NextRequest) => (await import('./draft-mode')).enableDraftMode(request)
export const receivePublish = async (request: NextRequest) => (await import('./publish')).receivePublish(request)
export { normaliseSearch } from './search'
export { httpsHref, safeHref } from './safe-href'
export { tagFor } from './tags'
export type * from './views'

/** Whether this request is an editor's draft preview. */
export async function isPreview() {
  return (await draftMode()).isEnabled
}

/** In preview with Sanity: Presentation's click-to-edit overlays (next-sanity's <VisualEditing/>) belong on the page. */
export async function isVisualEditing() {
  return config().source.kind === 'sanity' && (await isPreview())
}

/** What a preview reads: drafts, or with Sanity the perspective Presentation chose (a Content Release, say). */
async function previewPerspective(): Promise<Perspective> {
  if (config().source.kind !== 'sanity') return 'drafts'
  const { resolvePerspectiveFromCookies } = await import('next-sanity/live')
  const perspective = await resolvePerspectiveFromCookies({ cookies: await cookies() })
  return Array.isArray(perspective) ? perspective : perspective === 'published' ? 'published' : 'drafts'
}

/** A value used as data (JSON-LD, meta tags, a comparison) without Presentation's hidden characters. */
export const plain = <T>(value: T): T => stegaClean(value) as T

// Each loader is cached until a publish revalidates one of its tags (see tags.ts).
// A failed fetch throws and is never cached, so a regeneration keeps the last good page.
// In draft preview a loader reads drafts and bypasses the cache, so drafts never enter it.
// Loaders that run at build time outside a request (generateStaticParams, sitemap) pass
// `published: true` and never look at draft mode. React's cache() makes one request (a page
// and its metadata) read each document once, drafts included.
// The result type comes from the query itself (TypeGen's SanityQueries registry,
// overloadClientMethods): a loader cannot pair a query with another query's result type.
type Query = keyof SanityQueries

function cached<Q extends Query, Args extends string[] = []>(
  name: string,
  query: Q,
  tags: (...args: Args) => string[],
  params: (...args: Args) => Record<string, unknown> = () => ({}),
  { published = false } = {},
) {
  type T = SanityQueries[Q]
  return cache(async (...args: Args): Promise<T> => {
    if (!published && (await isPreview())) return fetchContent<T>(query, params(...args), await previewPerspective())
    return readCached<T>(name, query, params(...args), args, tags(...args))
  })
}

function readCached<T>(name: string, query: string, params: Record<string, unknown>, args: string[], tags: string[]) {
  return unstable_cache(() => fetchContent<T>(query, params), [name, contentVersion(), ...args], {
    tags,
    revalidate: cacheSeconds(),
  })()
}

const getSiteSettingsRaw = cached('site-settings', SITE_SETTINGS_QUERY, () => [tagFor.type('siteSettings')])
export const getSiteSettings = async () => siteSettingsView(await getSiteSettingsRaw())

const getFeaturedGuidesRaw = cached('featured-guides', FEATURED_GUIDES_QUERY, () => [tagFor.type('guide')])
export const getFeaturedGuides = async () => guideCardsView(await getFeaturedGuidesRaw())

const searchGuidesCached = cached<typeof GUIDE_SEARCH_QUERY, [area: string, q: string]>(
  'guide-search',
  GUIDE_SEARCH_QUERY,
  () => [tagFor.type('guide')],
  (area: string, q: string) => ({ area: area || null, terms: matchPatterns(q) }),
)

/** Guides filtered by body area and free text; empty strings mean "no filter". */
export async function searchGuides({ area = '', q = '' }: { area?: string; q?: string }) {
  return guideCardsView(await searchGuidesCached(area, normaliseSearch(q)))
}

export const getGuideSlugs = cached(
  'guide-slugs',
  GUIDE_SLUGS_QUERY,
  () => [tagFor.type('guide')],
  () => ({}),
  { published: true },
)

const getGuideShows = cached(
  'guide-shows',
  GUIDE_SHOWS_QUERY,
  (slug: string) => [tagFor.doc('guide', slug)],
  (slug: string) => ({ slug }),
)

/**
 * A guide, tagged with exactly the documents it shows: an edit to one exercise refreshes the
 * guides that show that exercise, not every guide. What it shows is itself read (and cached)
 * first, under the guide's own tag, so a guide that starts showing another document is
 * re-tagged when it is published.
 */
export const getGuide = cache(async (slug: string): Promise<Guide | null> => {
  if (await isPreview()) return guideView(await fetchContent<GUIDE_QUERY_RESULT>(GUIDE_QUERY, { slug }, await previewPerspective()))
  const tags = guideTags(slug, await getGuideShows(slug))
  return guideView(await readCached<GUIDE_QUERY_RESULT>('guide', GUIDE_QUERY, { slug }, [slug], tags))
})

const getExercisesRaw = cached('exercises', EXERCISES_QUERY, () => [tagFor.type('exercise')])
export const getExercises = async () => exerciseCardsView(await getExercisesRaw())

const getExerciseRaw = cached(
  'exercise',
  EXERCISE_QUERY,
  (slug: string) => [tagFor.doc('exercise', slug), tagFor.type('guide')],
  (slug: string) => ({ slug }),
)

/** An exercise, or null when there is none with a name at that address (the route answers 404). */
export const getExercise = async (slug: string) => exerciseView(await getExerciseRaw(slug))

const getInsolesRaw = cached('insoles', INSOLES_QUERY, () => [tagFor.type('insole')])
export const getInsoles = async () => insoleCardsView(await getInsolesRaw())

const getInsoleRaw = cached(
  'insole',
  INSOLE_QUERY,
  (slug: string) => [tagFor.doc('insole', slug)],
  (slug: string) => ({ slug }),
)
/** An insole, or null when there is none with a name at that address (the route answers 404). */
export const getInsole = async (slug: string) => insoleView(await getInsoleRaw(slug))

export const getConditions = cached('conditions', CONDITIONS_QUERY, () => [
  tagFor.type('condition'),
  tagFor.type('guide'),
])

export const getSitemapEntries = cached(
  'sitemap',
  SITEMAP_QUERY,
  () => [tagFor.type('guide'), tagFor.type('insole'), tagFor.type('exercise')],
  () => ({}),
  { published: true },
)

const getFinderContentRaw = cached('finder-content', FINDER_CONTENT_QUERY, () => [
  tagFor.type('insole'),
  tagFor.type('condition'),
  tagFor.type('guide'),
  tagFor.type('exercise'),
])

/** What the finder ranks with. All of it is data the engine compares, so none of it carries preview markers. */
export const getFinderContent = async (): Promise<FINDER_CONTENT_QUERY_RESULT> =>
  finderContentView(await getFinderContentRaw())

export type SimilarPage = { href: string; label: string; type: PageType }

type Candidate = { slug: string; title: string; description: string | null }

// Every published page of a kind, as the 404 page's suggestions compare them.
const candidatesOf: Record<PageType, () => Promise<Candidate[]>> = {
  guide: async () => (await searchGuides({})).map(({ slug, title, summary }) => ({ slug, title, description: summary })),
  insole: async () => (await getInsoles()).map(({ slug, name, tagline }) => ({ slug, title: name, description: tagline })),
  exercise: async () => (await getExercises()).map(({ slug, name, summary }) => ({ slug, title: name, description: summary })),
}

/**
 * Up to three published pages of the kind a missing address asked for, sharing its words
 * (`/guides/heel-pain-running` → the heel pain guide), for the 404 page; none for other addresses.
 */
export async function getSimilarPages(pathname: string): Promise<SimilarPage[]> {
  const address = detailAddress(pathname)
  if (!address) return []
  const { type } = address
  return rankBySharedWords(address.slug, await candidatesOf[type]())
    .slice(0, 3)
    .map(({ slug, title }) => ({ href: pagePath(type, slug), label: plain(title), type }))
}
