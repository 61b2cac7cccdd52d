import { FINDER_CONTENT_QUERY } from '../../lib/content/queries'
import type { FINDER_CONTENT_QUERY_RESULT } from '../../lib/content/sanity.types'
import { seedSource } from './seed'

/** The finder's content as the site loads it from the seed. */
export const seedFinderContent = () => seedSource().fetch<FINDER_CONTENT_QUERY_RESULT>(FINDER_CONTENT_QUERY)
