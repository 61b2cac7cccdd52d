// Where a finder request goes before any page renders. A wizard step or a results page is the
// same for everyone who gave the same answers, so each answer set is rendered once and served
// from the page cache: the request is rewritten to a path that names its answers in one
// canonical form. Anything else (an unknown parameter, an answer that needs an error message)
// is rendered per request, as before.
import { answersToParams, FIELDS, parseAnswers } from './answers'
import { careSigns, forChild, readFinderRequest } from './request'

export const FINDER_PATH = '/finder'
export const RESULTS_PATH = '/finder/results'
/** Where the cached renderings live; only ever reached through a rewrite. */
export const CACHED_STEP_PREFIX = '/finder/answers/'
export const CACHED_RESULTS_PREFIX = '/finder/results/answers/'
/** The key of the first step, asked with no answers. */
export const START_KEY = 'start'

export type FinderRoute =
  | { kind: 'redirect'; to: string }
  | { kind: 'cached'; path: string }
  /** Rendered per request: the page itself explains what is wrong. */
  | { kind: 'render' }

/** Parameters the client router adds to a navigation; they do not change the page. */
const ROUTER_PARAMS = new Set(['_rsc'])
const KNOWN = new Set<string>([...FIELDS, 'step'])
const MAX_QUERY = 1_000

/** Search parameters as the pages read them, or null when one is not the finder's. */
function readParams(search: URLSearchParams): URLSearchParams | null {
  const params = new URLSearchParams()
  for (const [name, value] of search) {
    if (ROUTER_PARAMS.has(name)) continue
    if (!KNOWN.has(name)) return null
    params.append(name, value)
  }
  return params.toString().length > MAX_QUERY ? null : params
}

/** The answers in their one written form: the same answers always give the same key. */
function canonical(params: URLSearchParams): string | null {
  const { answers, errors } = parseAnswers(params)
  if (Object.keys(errors).length > 0) return null
  const key = answersToParams(answers)
  const step = params.getAll('step')
  if (step.length > 1 || (step.length === 1 && !/^\d{1,2}$/.test(step[0]!))) return null
  if (step.length === 1) key.set('step', String(Number(step[0])))
  return key.toString()
}

/** What to do with a GET of `/finder` or `/finder/results` with these search parameters. */
export function routeFinder(pathname: string, search: URLSearchParams): FinderRoute {
  const params = readParams(search)
  if (!params) return { kind: 'render' }
  if (pathname === FINDER_PATH) {
    // The step page sends these on at once; doing it here keeps redirects out of cached pages.
    const signs = careSigns(params)
    if (signs) return { kind: 'redirect', to: `${RESULTS_PATH}?${answersToParams({ flags: signs })}` }
    if (forChild(params)) return { kind: 'redirect', to: `${RESULTS_PATH}?health=under-16` }
    const key = canonical(params)
    return key === null ? { kind: 'render' } : { kind: 'cached', path: `${CACHED_STEP_PREFIX}${key || START_KEY}` }
  }
  if (pathname === RESULTS_PATH) {
    if (readFinderRequest(params).kind === 'invalid') return { kind: 'render' }
    params.delete('step')
    const key = canonical(params)
    return key ? { kind: 'cached', path: `${CACHED_RESULTS_PREFIX}${key}` } : { kind: 'render' }
  }
  return { kind: 'render' }
}

/** The search parameters a cached path stands for (the inverse of `routeFinder`'s key), as pages read them. */
export function paramsOfKey(key: string): Record<string, string | string[]> {
  const text = decodeURIComponent(key)
  const params = new URLSearchParams(text === START_KEY ? '' : text)
  const record: Record<string, string | string[]> = {}
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name)
    record[name] = values.length === 1 ? values[0]! : values
  }
  return record
}

/** The setting that bounds the finder's page cache, and its default. */
export const FINDER_CACHE_SETTING = 'FINDER_PAGE_CACHE_ANSWER_SETS'
const DEFAULT_CACHED_ANSWER_SETS = 2000

/** How many answer sets the page cache may hold; 0 turns it off. A bad value throws with the setting's name. */
export function readFinderCacheLimit(env: Record<string, string | undefined>): number {
  const value = env[FINDER_CACHE_SETTING]
  if (value === undefined || value === '') return DEFAULT_CACHED_ANSWER_SETS
  if (!/^\d{1,7}$/.test(value)) throw new Error(`Invalid ${FINDER_CACHE_SETTING}: a whole number of answer sets (0 turns the finder's page cache off), not ${JSON.stringify(value)}`)
  return Number(value)
}

/**
 * Which answer sets get a page in the cache. Each cached set is a file on the server's disk
 * (or a key in Redis), and there are millions of sets, so a client walking through them could
 * fill the disk. The first `max` distinct sets this process sees are cached; any other renders
 * per request, as before the cache. Popular sets come early, so they are the ones cached.
 */
export function createCacheAdmission(max: number): (path: string) => boolean {
  const admitted = new Set<string>()
  return (path) => {
    if (admitted.has(path)) return true
    if (admitted.size >= max) return false
    admitted.add(path)
    return true
  }
}
