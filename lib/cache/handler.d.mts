export declare function keyPrefix(): string
declare const CacheHandler: unknown
export default CacheHandler
