import type { createClient } from 'redis'

export declare const REDIS_TIMEOUT_MS: number
export declare const REDIS_PAUSE_MS: number
export declare class RedisUnavailable extends Error {}
export declare function isRedisUnavailable(error: unknown): boolean
export type RedisConnection = {
  name: string
  client: ReturnType<typeof createClient>
  call<T>(command: () => Promise<T>): Promise<T>
  onBack(listener: () => void): void
}
export declare function connectRedis(url: string, name: string): RedisConnection
export declare function boundedClient(connection: RedisConnection): ReturnType<typeof createClient>
