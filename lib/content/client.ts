import { onContentPublished } from '../cache/shared-redis'
import { createEmbeddedSource, readDataset, SEED_DATASET_FILE } from './embedded-source'
import { parseContentEnv, type ContentConfig } from './env'
import { createSanitySource } from './sanity-source'
import type { ContentSource, Perspective, QueryParams } from './source'

type Door = { config: ContentConfig; source: ContentSource & { reload?(): void } }

// Kept on globalThis: Next loads route handlers and pages as separate module instances,
// and a reload triggered by one must be seen by the other.
const holder = globalThis as typeof globalThis & { __groundworkContent?: Door }

// EMBEDDED_DATASET_FILE lets a test (or a deployment) serve a copy of the seed.
const datasetFile = (config: ContentConfig) =>
  config.source.kind === 'embedded' && config.source.file ? config.source.file : SEED_DATASET_FILE

function door(): Door {
  if (!holder.__groundworkContent) {
    const config = parseContentEnv(process.env)
    const source =
      config.source.kind === 'sanity'
        ? createSanitySource(config.source)
        : createEmbeddedSource(() => readDataset(datasetFile(config)))
    holder.__groundworkContent = { config, source }
    // A publish received by any instance (through Redis, when set) reloads the embedded file here too.
    onContentPublished(() => holder.__groundworkContent?.source.reload?.())
  }
  return holder.__groundworkContent
}

export const contentConfig = () => door().config

/** The one fetch function: the same GROQ goes to the embedded dataset or to Sanity. */
export function fetchContent<T>(query: string, params: QueryParams = {}, perspective: Perspective = 'published'): Promise<T> {
  return door().source.fetch<T>(query, params, perspective)
}

export const contentVersion = () => door().source.version()

/** How long a cached read may live: the embedded file changes only by a webhook; Sanity also by time. */
export const cacheSeconds = (): number | false => (door().config.source.kind === 'sanity' ? 3600 : false)

/** After a publish: the embedded source reads its file again; Sanity needs nothing. */
export function reloadContent() {
  door().source.reload?.()
}
