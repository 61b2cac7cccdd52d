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
import { createClient } from 'redis'

export const REDIS_TIMEOUT_MS = 500

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

// Which of this process's Redis connections are down: the log says "unreachable" once when
// the first goes and "back" once when the last returns, not once a connection.
const outage = (globalThis.__groundworkRedisOutage ??= new Set())

/** A client that fails fast while Redis is away and keeps trying to come back. */
export function connectRedis(url, name) {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: REDIS_TIMEOUT_MS, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 1_000) },
  })
  client.on('error', (error) => {
    if (outage.has(name)) return
    if (outage.size === 0) console.warn(`[groundwork] Redis is unreachable, so this instance serves from its own memory until it is back: ${error.message}`)
    outage.add(name)
  })
  client.on('ready', () => {
    if (!outage.delete(name) || outage.size > 0) return
    console.warn('[groundwork] Redis is back: this instance shares its cache again.')
  })
  // Resolves or rejects once; the client keeps reconnecting either way.
  client.connect().catch(() => {})
  return client
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
  const client = connectRedis(url, 'page cache')
  const shared = createRedisHandler({ client, keyPrefix: keyPrefix(), timeoutMs: REDIS_TIMEOUT_MS })
  holder.__groundworkCacheConfig = { handlers: [shared, local] }
  return holder.__groundworkCacheConfig
})

export default CacheHandler
