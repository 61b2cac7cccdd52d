import { randomUUID } from 'node:crypto'
import { createClient } from '@sanity/client'
import type { SanitySourceConfig } from './env'
import type { ContentSource, Perspective, QueryParams } from './source'

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
    timeout: timeoutMs,
    maxRetries: SANITY_MAX_RETRIES,
    retryDelay: (attempt) => Math.min(1_000, 100 * 2 ** attempt),
    ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
  })
}

/** Published reads from Sanity's Content Lake, bounded in time and retries. */
export function createSanitySource(config: SanitySourceConfig, timeoutMs = SANITY_TIMEOUT_MS): ContentSource {
  const client = createSanityClient(config, timeoutMs)
  const version = `sanity-${randomUUID()}`
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
      return client.fetch<T>(query, params, { perspective: 'drafts', useCdn: false, signal })
    },
  }
}
