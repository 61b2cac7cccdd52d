import { stegaClean } from 'next-sanity'
import type { FINDER_CONTENT_QUERY_RESULT } from './sanity.types'

/**
 * The finder's content as the engine needs it. In Presentation, prose arrives with hidden
 * click-to-edit characters; the engine compares names and values, so it gets them clean.
 */
export const finderContentView = (content: FINDER_CONTENT_QUERY_RESULT): FINDER_CONTENT_QUERY_RESULT => stegaClean(content)
