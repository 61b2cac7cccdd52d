// The app's own Redis connections (the page cache has its own, in handler.mjs): rate-limit
// counts, and the message that tells every instance a publish happened. Only with REDIS_URL.
import { randomUUID } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { connectRedis, keyPrefix, REDIS_TIMEOUT_MS } from './handler.mjs'

type Client = ReturnType<typeof connectRedis>
type Shared = { client: Client; subscriber?: Client; bus: EventEmitter }

const holder = globalThis as { __groundworkRedis?: Shared | null; __groundworkBus?: EventEmitter }
const bus = (holder.__groundworkBus ??= new EventEmitter())
// Read once: keyPrefix() reads the build id from disk, and the build does not change while it runs.
let channel: string | undefined
const CHANNEL = () => (channel ??= `${keyPrefix()}content-published`)
/** Tells this instance's own messages from the others'. */
const INSTANCE = randomUUID()

/** The shared client, or null when REDIS_URL is not set. */
export function sharedRedis(): Client | null {
  if (holder.__groundworkRedis !== undefined) return holder.__groundworkRedis?.client ?? null
  const url = process.env.REDIS_URL
  holder.__groundworkRedis = url ? { client: connectRedis(url, 'shared'), bus } : null
  return holder.__groundworkRedis?.client ?? null
}

/** A Redis call that gives up after 500 ms, so a slow Redis never holds a request. */
export function withinTimeout<T>(call: Promise<T>): Promise<T> {
  return Promise.race([
    call,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`Redis did not answer within ${REDIS_TIMEOUT_MS} ms`)), REDIS_TIMEOUT_MS).unref()),
  ])
}

/** Runs `listener` when any instance (this one included) receives a publish. */
export function onContentPublished(listener: () => void) {
  bus.on('published', listener)
}

/** Tells this instance, and every other through Redis, that content was published. */
export async function announcePublish(): Promise<void> {
  bus.emit('published')
  const client = sharedRedis()
  if (!client) return
  try {
    await withinTimeout(client.publish(CHANNEL(), INSTANCE))
  } catch (error) {
    console.warn(`[groundwork] Could not tell the other instances about this publish (they refresh within a minute): ${(error as Error).message}`)
  }
}

/** Starts listening for other instances' publishes (instrumentation.ts calls this at start). */
export async function listenForPublishes(): Promise<void> {
  const client = sharedRedis()
  const shared = holder.__groundworkRedis
  if (!client || !shared || shared.subscriber) return
  const subscriber = connectRedis(process.env.REDIS_URL!, 'publish messages')
  shared.subscriber = subscriber
  let subscribed = false
  const subscribe = async () => {
    try {
      // Once subscribed, the client subscribes again by itself after a reconnect.
      await subscriber.subscribe(CHANNEL(), (message) => {
        if (message !== INSTANCE) bus.emit('published')
      })
      subscribed = true
    } catch (error) {
      console.warn(`[groundwork] Not yet listening for other instances' publishes (will retry when Redis is back): ${(error as Error).message}`)
    }
  }
  subscriber.on('ready', () => {
    if (!subscribed) void subscribe()
  })
  if (subscriber.isReady) await subscribe()
}
