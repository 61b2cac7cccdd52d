// The app's own Redis connections (the page cache has its own, in handler.mjs): rate-limit
// counts, and the message that tells every instance a publish happened. Only with REDIS_URL.
import { randomUUID } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { keyPrefix } from './handler.mjs'
import { connectRedis, isRedisUnavailable, type RedisConnection } from './redis-client.mjs'

// `unannounced`: a publish made here while Redis was away, still to be told to the others.
type Shared = { connection: RedisConnection; subscriber?: RedisConnection; unannounced: boolean }

const holder = globalThis as { __groundworkRedis?: Shared | null; __groundworkBus?: EventEmitter }
const bus = (holder.__groundworkBus ??= new EventEmitter())
// Read once: keyPrefix() reads the build id from disk, and the build does not change while it runs.
let channel: string | undefined
const CHANNEL = () => (channel ??= `${keyPrefix()}content-published`)
/** Tells this instance's own messages from the others'. */
const INSTANCE = randomUUID()

/** The shared connection, or null when REDIS_URL is not set. */
export function sharedRedis(): RedisConnection | null {
  if (holder.__groundworkRedis !== undefined) return holder.__groundworkRedis?.connection ?? null
  const url = process.env.REDIS_URL
  if (!url) return (holder.__groundworkRedis = null)
  const connection = connectRedis(url, 'shared')
  const shared: Shared = { connection, unannounced: false }
  holder.__groundworkRedis = shared
  // A publish made while Redis was away reached no other instance: tell them once it is back.
  connection.onBack(() => {
    if (shared.unannounced) void tellOthers()
  })
  return connection
}

async function tellOthers(): Promise<void> {
  const connection = sharedRedis()
  const shared = holder.__groundworkRedis
  if (!connection || !shared) return
  try {
    shared.unannounced = false
    await connection.call(() => connection.client.publish(CHANNEL(), INSTANCE))
  } catch (error) {
    shared.unannounced = true
    // An outage is already in the log, once; anything else is news.
    if (!isRedisUnavailable(error)) console.warn(`[groundwork] Could not tell the other instances about a publish: ${(error as Error).message}`)
  }
}

/** Runs `listener` when any instance (this one included) receives a publish. */
export function onContentPublished(listener: () => void) {
  bus.on('published', listener)
}

/** Tells this instance, and every other through Redis (now, or when Redis is back), that content was published. */
export async function announcePublish(): Promise<void> {
  bus.emit('published')
  await tellOthers()
}

/** Starts listening for other instances' publishes (instrumentation.ts calls this at start). */
export async function listenForPublishes(): Promise<void> {
  const connection = sharedRedis()
  const shared = holder.__groundworkRedis
  if (!connection || !shared || shared.subscriber) return
  const subscriber = connectRedis(process.env.REDIS_URL!, 'publish messages')
  shared.subscriber = subscriber
  let subscribed = false
  const subscribe = async () => {
    try {
      // Once subscribed, the client subscribes again by itself after a reconnect.
      await subscriber.call(() =>
        subscriber.client.subscribe(CHANNEL(), (message) => {
          if (message !== INSTANCE) bus.emit('published')
        }),
      )
      subscribed = true
    } catch (error) {
      // Redis away: tried again when it is back. Anything else is news.
      if (!isRedisUnavailable(error)) console.warn(`[groundwork] Not listening for other instances' publishes: ${(error as Error).message}`)
    }
  }
  subscriber.client.on('ready', () => {
    if (!subscribed) void subscribe()
  })
  // Messages sent while this connection was away are lost, and one may have been a publish:
  // read the content again (the instance that got it also announces it again).
  subscriber.onBack(() => bus.emit('published'))
  if (subscriber.client.isReady) await subscribe()
}
