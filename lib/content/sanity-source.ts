import { randomUUID } from 'node:crypto'
import { createClient } from '@sanity/client'
import type { SanitySourceConfig } from './env'
import type { ContentSource, Perspective, QueryParams } from './source'

/**
 * The fields that carry click-to-edit markers in Presentation: prose a reader sees. Never a
 * value the site compares or uses as data (slugs, URLs, the finder's vocabulary, dates, ids).
 */
export const ENCODED_FIELDS = new Set(['title', 'name', 'summary', 'tagline', 'description', 'text', 'caption', 'alt', 'keyPoints', 'targets', 'cautions', 'note', 'reason', 'brandName', 'disclaimer', 'label', 'role', 'credentials'])

/** How preview reads mark prose for Presentation: links to the Studio, on the fields above only. */
export const STEGA = {
  studioUrl: '/studio',
  filter: (props: { sourcePath: (string | number | { _key: string })[]; filterDefault: (props: never) => boolean }) =>
    ENCODED_FIELDS.has(String(props.sourcePath.findLast((segment) => typeof segment === 'string'))) && props.filterDefault(props as never),
}

/** A read gives up after this long in all, retries included. */
export const SANITY_TIMEOUT_MS = 5_000
export const SANITY_MAX_RETRIES = 2

export function createSanityClient(config: SanitySourceConfig, timeoutMs = SANITY_TIMEOUT_MS) {
  return createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: config.apiVersion,
    useCdn: config.useCdn,
    token: config.token,
    perspective: 'published',
    // Off unless a preview read asks for it: published pages never carry hidden characters.
    stega: { ...STEGA, enabled: false },
    timeout: timeoutMs,
    maxRetries: SANITY_MAX_RETRIES,
    retryDelay: (attempt) => Math.min(1_000, 100 * 2 ** attempt),
    ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
  })
}

/** Published reads from Sanity's Content Lake, bounded in time and retries. */
export function createSanitySource(config: SanitySourceConfig, timeoutMs = SANITY_TIMEOUT_MS): ContentSource {
  const client = createSanityClient(config, timeoutMs)
  // With a shared cache (REDIS_URL) revalidations live in Redis beside the entries, and its keys
  // are per build, so every instance may share reads; see handler.mjs.
  const version = process.env.REDIS_URL ? 'sanity-shared' : `sanity-${randomUUID()}`
  return {
    kind: 'sanity',
    // Sanity's content changes without this process knowing: webhooks and a time limit cover
    // a running server, but reads cached by an earlier build or server stay in .next/cache with
    // no record of the publishes since. Keys are per process, so no run trusts an older one's reads.
    version: () => version,
    fetch<T>(query: string, params: QueryParams = {}, perspective: Perspective = 'published') {
      // The client's timeout is per attempt; this signal bounds all attempts together.
      const signal = AbortSignal.timeout(timeoutMs)
      if (perspective === 'published') return client.fetch<T>(query, params, { signal })
      if (!config.token) throw new Error('Draft preview from Sanity needs SANITY_API_READ_TOKEN')
      // Drafts (or a release) for an editor in Presentation, with stega-encoded prose for its overlays.
      return client.fetch<T>(query, params, { perspective, useCdn: false, signal, stega: true })
    },
  }
}
