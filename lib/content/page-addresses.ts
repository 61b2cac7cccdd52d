import { onContentPublished } from '../cache/shared-redis'
import { contentConfig, contentVersion, fetchContent } from './client'
import { PAGE_ADDRESS_QUERY, PAGE_ADDRESSES_QUERY } from './queries'
import type { PAGE_ADDRESSES_QUERY_RESULT } from './sanity.types'

export type PageType = 'guide' | 'insole' | 'exercise'

/** Set by the proxy on the 404 page's request: the address that has no page. */
export const MISSING_PAGE_HEADER = 'x-groundwork-missing-page'

// Where each kind of page lives; the one table both directions are read from.
const SECTION = { guide: 'guides', insole: 'insoles', exercise: 'exercises' } as const satisfies Record<PageType, string>
const TYPE_OF_SECTION = new Map(Object.entries(SECTION).map(([type, section]) => [section as string, type as PageType]))
const DETAIL_PAGE = new RegExp(`^/(${Object.values(SECTION).join('|')})/([^/]+)$`)

/** A guide's, insole's or exercise's address: `/guides/flat-feet`. */
export const pagePath = (type: PageType, slug: string) => `/${SECTION[type]}/${slug}`

/** The guide, insole or exercise an address names (`/guides/flat-feet`), or null; a broken escape names none. */
export function detailAddress(pathname: string): { type: PageType; slug: string } | null {
  const [, section, slug] = DETAIL_PAGE.exec(pathname) ?? []
  const type = section && TYPE_OF_SECTION.get(section)
  if (!type || !slug) return null
  try {
    return { type, slug: decodeURIComponent(slug) }
  } catch {
    return null
  }
}

// Sanity changes without this process knowing when no webhook is set: read the list again after a minute.
export const SANITY_LIST_MS = 60_000
// After a failed read from Sanity, pages go on unchecked for this long before it is tried again.
export const SANITY_RETRY_MS = 30_000

type Index = { version: string; readAt: number; addresses: Set<string> }

const key = (type: string, slug: string) => `${type}/${slug}`
const embedded = () => contentConfig().source.kind === 'embedded'

let index: Index | undefined
let reading: Promise<Index> | undefined
let failedAt = -Infinity

// A publish may add or remove addresses: the next request reads the list again.
onContentPublished(() => {
  if (index) index.readAt = -Infinity
})

function read(version: string): Promise<Index> {
  reading ??= fetchContent<PAGE_ADDRESSES_QUERY_RESULT>(PAGE_ADDRESSES_QUERY)
    .then((rows) => (index = { version, readAt: Date.now(), addresses: new Set(rows.map((row) => key(row._type, row.slug ?? ''))) }))
    .catch((error: unknown) => {
      failedAt = Date.now()
      throw error
    })
    .finally(() => {
      reading = undefined
    })
  return reading
}

/**
 * Whether a published guide, insole or exercise lives at this address: true, false, or
 * undefined when it cannot be told now (the page then answers for itself). The list is read
 * once per content version and kept in memory, so a page request pays a set lookup.
 * - Embedded: the list is the whole truth.
 * - Sanity: a page never waits for the list, which is read in the background; an address
 *   missing from it may have been published since, so it is asked about on its own. While
 *   Sanity fails, nothing is asked for half a minute.
 */
export async function isPublishedPage(type: PageType, slug: string): Promise<boolean | undefined> {
  const version = contentVersion()
  if (embedded()) {
    const { addresses } = index?.version === version && index.readAt > -Infinity ? index : await read(version)
    return addresses.has(key(type, slug))
  }
  const resting = Date.now() - failedAt < SANITY_RETRY_MS
  if (!resting && (!index || Date.now() - index.readAt >= SANITY_LIST_MS)) {
    read(version).catch((error: unknown) => console.warn(`[groundwork] Could not read the list of page addresses from Sanity: ${(error as Error).message}`))
  }
  if (index?.addresses.has(key(type, slug))) return true
  if (!index || resting) return undefined
  try {
    const exists = await fetchContent<boolean>(PAGE_ADDRESS_QUERY, { type, slug })
    if (exists) index.addresses.add(key(type, slug))
    return exists
  } catch (error) {
    failedAt = Date.now()
    throw error
  }
}
