// Redis connections that never hold a request. A Redis that is down fails at once (no
// offline queue); one that stops answering (paused, overloaded, a half-open connection) is
// given 500 ms a call, then left alone until a probe finds it answering again. The log says
// "unreachable" once when the first connection goes and "back" once when the last returns.
// Plain JavaScript: handler.mjs imports it, and Next loads that file at runtime.
import { createClient } from 'redis'

export const REDIS_TIMEOUT_MS = 500
/** After a call goes unanswered, calls fail at once, and a probe asks again this often. */
export const REDIS_PAUSE_MS = 2_000

/** Redis is down or not answering: the caller falls back to this instance's own memory. */
export class RedisUnavailable extends Error {
  name = 'RedisUnavailable'
}

/** By name, not instanceof: Next bundles this module more than once, each with its own class. */
export const isRedisUnavailable = (error) => error instanceof Error && error.name === 'RedisUnavailable'

// Which of this process's connections are down; on globalThis because Next loads this
// module more than once (the cache handler, and the app's own bundles).
const outage = (globalThis.__groundworkRedisOutage ??= new Set())

function markDown(name, reason) {
  if (outage.has(name)) return
  if (outage.size === 0) console.warn(`[groundwork] Redis is unreachable, so this instance serves from its own memory until it is back: ${reason}`)
  outage.add(name)
}

/** True when this connection was down. */
function markUp(name) {
  if (!outage.delete(name)) return false
  if (outage.size === 0) console.warn('[groundwork] Redis is back: this instance shares its cache again.')
  return true
}

function within(promise, ms, message) {
  let timer
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new RedisUnavailable(message)), ms)
    timer.unref?.()
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/**
 * One named connection. `call(command)` runs a command within 500 ms, or refuses at once
 * (RedisUnavailable) while Redis is down or not answering. `onBack` listeners run each time
 * the connection answers again after being down: the place to send what an outage held back.
 */
export function connectRedis(url, name) {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: REDIS_TIMEOUT_MS, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 1_000) },
  })
  const backListeners = []
  // False from a call that went unanswered until a probe, or a reconnect, gets an answer.
  let answering = true
  let probeTimer = null

  const back = () => {
    answering = true
    if (markUp(name)) for (const listener of backListeners) listener()
  }
  client.on('error', (error) => markDown(name, error.message))
  client.on('ready', back)
  // Resolves or rejects once; the client keeps reconnecting either way.
  client.connect().catch(() => {})

  const probe = async () => {
    try {
      await within(client.ping(), REDIS_TIMEOUT_MS, 'no answer to a probe')
      probeTimer = null
      back()
    } catch {
      probeTimer = null
      // Not connected: the reconnect's "ready" brings it back instead.
      if (client.isReady) unanswered()
    }
  }
  const unanswered = () => {
    markDown(name, `it did not answer within ${REDIS_TIMEOUT_MS} ms`)
    answering = false
    probeTimer ??= setTimeout(probe, REDIS_PAUSE_MS)
    probeTimer.unref?.()
  }

  async function call(command) {
    if (!client.isReady) throw new RedisUnavailable(`Redis (${name}) is not connected`)
    if (!answering) throw new RedisUnavailable(`Redis (${name}) is not answering`)
    try {
      return await within(command(), REDIS_TIMEOUT_MS, `Redis (${name}) did not answer within ${REDIS_TIMEOUT_MS} ms`)
    } catch (error) {
      if (isRedisUnavailable(error)) unanswered()
      throw error
    }
  }

  return { name, client, call, onBack: (listener) => backListeners.push(listener) }
}

/**
 * The client as the cache handler sees it: every method it calls is a command, run through
 * `call`. node-redis's own abort signal stops a command only before it is written, so the
 * library's per-call signal is replaced by ours, which also covers an answer that never comes.
 */
export function boundedClient(connection) {
  const { client, call } = connection
  const bounded = new Proxy(client, {
    get(target, property) {
      if (property === 'withAbortSignal') return () => bounded
      const value = Reflect.get(target, property, target)
      return typeof value === 'function' ? (...args) => call(() => value.apply(target, args)) : value
    },
  })
  return bounded
}
