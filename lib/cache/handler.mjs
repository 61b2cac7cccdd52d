// Next's incremental cache (pages, and reads cached with unstable_cache) when REDIS_URL is
// set: entries and tag revalidations live in Redis, shared by every instance, with this
// process's memory behind it. Redis answers first; if it is down or slow (500 ms at most a
// call), the memory copy answers, so an outage costs sharing, never a page. Writes and
// revalidations go to both. Loaded by Next at runtime (next.config.ts `cacheHandler`), so
// plain JavaScript.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'
import { boundedClient, connectRedis, REDIS_TIMEOUT_MS } from './redis-client.mjs'

/** Keys are per build: two instances of one build share entries; a new build starts clean. */
export function keyPrefix() {
  const distDir = process.env.NEXT_DIST_DIR || '.next'
  let build = 'dev'
  try {
    build = readFileSync(path.join(process.cwd(), distDir, 'BUILD_ID'), 'utf8').trim()
  } catch {
    // No build yet (next dev): one prefix for the session.
  }
  return `groundwork:${build}:`
}

const holder = globalThis

CacheHandler.onCreation(() => {
  if (holder.__groundworkCacheConfig) return holder.__groundworkCacheConfig
  const local = createLruHandler()
  const url = process.env.REDIS_URL
  // A build renders into its own memory; only a running server shares.
  if (!url || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) {
    holder.__groundworkCacheConfig = { handlers: [local] }
    return holder.__groundworkCacheConfig
  }
  const connection = connectRedis(url, 'page cache')
  const redis = createRedisHandler({ client: boundedClient(connection), keyPrefix: keyPrefix(), timeoutMs: REDIS_TIMEOUT_MS })
  // A publish during an outage revalidated only this instance's memory: Redis may still hold
  // the old pages, so those tags are revalidated there as soon as it answers again.
  const missedTags = new Set()
  connection.onBack(() => {
    for (const tag of missedTags) {
      missedTags.delete(tag)
      redis.revalidateTag(tag).catch(() => missedTags.add(tag))
    }
  })
  const shared = {
    ...redis,
    async revalidateTag(tag, ...rest) {
      try {
        await redis.revalidateTag(tag, ...rest)
      } catch (error) {
        missedTags.add(tag)
        throw error
      }
    },
  }
  holder.__groundworkCacheConfig = { handlers: [shared, local] }
  return holder.__groundworkCacheConfig
})

export default CacheHandler
