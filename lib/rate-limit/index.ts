// Per-address request limits for the two API routes: the finder's JSON API (anyone may call
// it, so nobody may flood it) and the publish webhook (signed, but checking a signature still
// costs). A fixed window per address: simple, and cheap enough to run before anything else.
import { z } from 'zod'
import { isRedisUnavailable, type RedisConnection } from '../cache/redis-client.mjs'
import { sharedRedis } from '../cache/shared-redis'

export type Limit = { limit: number; windowMs: number }
export type Verdict = { ok: true } | { ok: false; retryAfterSeconds: number }
export interface LimitStore {
  /** Counts one request for this key in the window that ends at `resetAt`; returns the count so far. */
  hit(key: string, resetAt: number): Promise<number>
}

// An empty value (as .env.example leaves it) means the default, never "no limit".
const perMinute = (fallback: number) =>
  z.preprocess((value) => (value === '' ? undefined : value), z.coerce.number().int().min(0).max(1_000_000).default(fallback))
const envSchema = z.object({
  RATE_LIMIT_FINDER_API_PER_MINUTE: perMinute(300),
  RATE_LIMIT_WEBHOOK_PER_MINUTE: perMinute(60),
})

export type RateLimitName = 'finder-api' | 'webhook'

/** The limits from the environment; 0 turns one off. A bad value stops the server with its name. */
export function readLimits(env: Record<string, string | undefined> = process.env): Record<RateLimitName, Limit> {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: a whole number of requests per minute, 0 for no limit`)
    throw new Error(`Invalid rate limit setting: ${problems.join('; ')}`)
  }
  return {
    'finder-api': { limit: parsed.data.RATE_LIMIT_FINDER_API_PER_MINUTE, windowMs: 60_000 },
    webhook: { limit: parsed.data.RATE_LIMIT_WEBHOOK_PER_MINUTE, windowMs: 60_000 },
  }
}

/** Counts in this process's memory, forgetting windows that have ended. */
export function memoryStore(now: () => number = Date.now, maxKeys = 50_000): LimitStore & { size(): number } {
  const counts = new Map<string, { count: number; resetAt: number }>()
  return {
    size: () => counts.size,
    async hit(key, resetAt) {
      if (counts.size >= maxKeys) for (const [k, v] of counts) if (v.resetAt <= now()) counts.delete(k)
      // Still full of live windows: the oldest address is forgotten, never the server's memory.
      if (counts.size >= maxKeys) counts.delete(counts.keys().next().value!)
      const entry = counts.get(key)
      const next = entry && entry.resetAt === resetAt ? { count: entry.count + 1, resetAt } : { count: 1, resetAt }
      counts.set(key, next)
      return next.count
    },
  }
}

/** Counts in Redis, so every instance counts an address together. */
export function redisStore({ client, call }: Pick<RedisConnection, 'client' | 'call'>): LimitStore {
  return {
    async hit(key, resetAt) {
      const [count] = await call(() => client.multi().incr(key).pExpireAt(key, resetAt).exec())
      return Number(count)
    },
  }
}

/** The first store, or the second while the first fails (Redis down): limits keep working per instance. */
export function withFallback(first: LimitStore, second: LimitStore): LimitStore {
  let failing = false
  return {
    async hit(key, resetAt) {
      try {
        const count = await first.hit(key, resetAt)
        failing = false
        return count
      } catch (error) {
        // Redis away is already in the log, once for every use of it; any other failure is news.
        const away = isRedisUnavailable(error)
        if (!away && !failing) console.warn(`[groundwork] Rate limits count per instance until Redis answers again: ${(error as Error).message}`)
        failing = !away
        return second.hit(key, resetAt)
      }
    },
  }
}

export async function check(store: LimitStore, name: string, address: string, { limit, windowMs }: Limit, now = Date.now()): Promise<Verdict> {
  if (limit === 0) return { ok: true }
  const resetAt = (Math.floor(now / windowMs) + 1) * windowMs
  const count = await store.hit(`${name}:${address}:${resetAt}`, resetAt)
  return count <= limit ? { ok: true } : { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((resetAt - now) / 1000)) }
}

/**
 * The client's address: the last X-Forwarded-For entry, which is the one the nearest proxy
 * (or Next itself, when there is none) saw. Run behind a proxy that appends to the header.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',').map((part) => part.trim()).filter(Boolean)
  return forwarded?.at(-1) || headers.get('x-real-ip') || 'unknown'
}

function defaultStore(): LimitStore {
  const connection = sharedRedis()
  return connection ? withFallback(redisStore(connection), memoryStore()) : memoryStore()
}

const holder = globalThis as { __groundworkLimits?: { store: LimitStore; limits: Record<RateLimitName, Limit> } }

/** 429 with Retry-After when this address has used up its requests this minute, else null. */
export async function refuseIfLimited(request: Request, name: RateLimitName): Promise<Response | null> {
  const { store, limits } = (holder.__groundworkLimits ??= { store: defaultStore(), limits: readLimits() })
  const verdict = await check(store, name, clientAddress(request.headers), limits[name])
  if (verdict.ok) return null
  return Response.json(
    { error: 'Too many requests', retryAfterSeconds: verdict.retryAfterSeconds },
    { status: 429, headers: { 'Retry-After': String(verdict.retryAfterSeconds), 'Cache-Control': 'no-store' } },
  )
}
