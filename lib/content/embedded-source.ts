import { readFileSync } from 'node:fs'
import path from 'node:path'
import { evaluate, parse } from 'groq-js'
import { parseNdjson, publishedOnly, type SanityDocument } from './ndjson'
import type { ContentSource, QueryParams } from './source'

// The path is built from literals so the bundler can trace exactly this file.
export const SEED_DATASET_FILE = path.join(process.cwd(), 'sanity', 'seed', 'production.ndjson')

export function loadDataset(file: string): SanityDocument[] {
  const text = readFileSync(file, 'utf8')
  return publishedOnly(parseNdjson(text, path.relative(process.cwd(), file) || file))
}

/** Runs GROQ with groq-js over an in-memory copy of an NDJSON export (published documents only). */
export function createEmbeddedSource(load: () => SanityDocument[]): ContentSource & { reload(): void } {
  let dataset: SanityDocument[] | undefined
  return {
    kind: 'embedded',
    reload() {
      dataset = load()
    },
    async fetch<T>(query: string, params: QueryParams = {}): Promise<T> {
      dataset ??= load()
      // Parsed per call: groq-js folds the parameters into the tree, so a tree is not reusable.
      const value = await evaluate(parse(query, { params }), { dataset, params })
      return (await value.get()) as T
    },
  }
}
