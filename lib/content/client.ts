import { createEmbeddedSource, loadDataset, SEED_DATASET_FILE } from './embedded-source'
import { parseContentEnv, type ContentConfig } from './env'
import { createSanitySource } from './sanity-source'
import type { ContentSource, QueryParams } from './source'

type Door = { config: ContentConfig; source: ContentSource & { reload?(): void } }

// Kept on globalThis: Next loads route handlers and pages as separate module instances,
// and a reload triggered by one must be seen by the other.
const holder = globalThis as typeof globalThis & { __groundworkContent?: Door }

function door(): Door {
  if (!holder.__groundworkContent) {
    const config = parseContentEnv(process.env)
    const source =
      config.source.kind === 'sanity'
        ? createSanitySource(config.source)
        : createEmbeddedSource(() => loadDataset(SEED_DATASET_FILE))
    holder.__groundworkContent = { config, source }
  }
  return holder.__groundworkContent
}

export const contentConfig = () => door().config

/** The one fetch function: the same GROQ goes to the embedded dataset or to Sanity. */
export function fetchContent<T>(query: string, params: QueryParams = {}): Promise<T> {
  return door().source.fetch<T>(query, params)
}
