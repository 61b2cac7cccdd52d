import { createClient } from '@sanity/client'
import type { SanitySourceConfig } from './env'
import type { ContentSource, QueryParams } from './source'

export const SANITY_TIMEOUT_MS = 5_000
export const SANITY_MAX_RETRIES = 2

/** Published reads from Sanity's Content Lake, bounded in time and retries. */
export function createSanitySource(config: SanitySourceConfig): ContentSource {
  const client = createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: config.apiVersion,
    useCdn: config.useCdn,
    token: config.token,
    perspective: 'published',
    timeout: SANITY_TIMEOUT_MS,
    maxRetries: SANITY_MAX_RETRIES,
    retryDelay: (attempt) => Math.min(1_000, 100 * 2 ** attempt),
    ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
  })
  return {
    kind: 'sanity',
    fetch<T>(query: string, params: QueryParams = {}) {
      return client.fetch<T>(query, params)
    },
  }
}
