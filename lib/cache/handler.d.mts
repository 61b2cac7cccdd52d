import type { createClient } from 'redis'

export declare const REDIS_TIMEOUT_MS: number
export declare function keyPrefix(): string
export declare function connectRedis(url: string, name: string): ReturnType<typeof createClient>
declare const CacheHandler: unknown
export default CacheHandler
