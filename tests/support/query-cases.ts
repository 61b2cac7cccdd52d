import * as queries from '../../lib/content/queries'
import { matchPatterns } from '../../lib/content/search'

/** Every query with parameters that exercise it; both sources must give the same answers. */
export const QUERY_CASES: { name: string; query: string; params: Record<string, unknown> }[] = [
  { name: 'site settings', query: queries.SITE_SETTINGS_QUERY, params: {} },
  { name: 'featured guides', query: queries.FEATURED_GUIDES_QUERY, params: {} },
  { name: 'all guides', query: queries.GUIDE_SEARCH_QUERY, params: { area: null, terms: null } },
  { name: 'guides by area', query: queries.GUIDE_SEARCH_QUERY, params: { area: 'lower-back', terms: null } },
  { name: 'guide search', query: queries.GUIDE_SEARCH_QUERY, params: { area: null, terms: matchPatterns('heel') } },
  { name: 'guide search in area', query: queries.GUIDE_SEARCH_QUERY, params: { area: 'foot', terms: matchPatterns('arch') } },
  { name: 'guide search miss', query: queries.GUIDE_SEARCH_QUERY, params: { area: null, terms: matchPatterns('xylophone') } },
  { name: 'guide slugs', query: queries.GUIDE_SLUGS_QUERY, params: {} },
  { name: 'guide', query: queries.GUIDE_QUERY, params: { slug: 'plantar-heel-pain' } },
  { name: 'guide with a draft', query: queries.GUIDE_QUERY, params: { slug: 'flat-feet' } },
  { name: 'draft-only guide', query: queries.GUIDE_QUERY, params: { slug: 'toe-walking' } },
  { name: 'exercises', query: queries.EXERCISES_QUERY, params: {} },
  { name: 'exercise', query: queries.EXERCISE_QUERY, params: { slug: 'heel-drops' } },
  { name: 'insoles', query: queries.INSOLES_QUERY, params: {} },
  { name: 'insole', query: queries.INSOLE_QUERY, params: { slug: 'heel-lift-plus' } },
  { name: 'unknown insole', query: queries.INSOLE_QUERY, params: { slug: 'no-such-insole' } },
  { name: 'conditions', query: queries.CONDITIONS_QUERY, params: {} },
  { name: 'sitemap', query: queries.SITEMAP_QUERY, params: {} },
  { name: 'finder content', query: queries.FINDER_CONTENT_QUERY, params: {} },
]
