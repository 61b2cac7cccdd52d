import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { evaluate, parse } from 'groq-js'
import { draftsOverPublished, parseNdjson, publishedOnly, type SanityDocument } from './ndjson'
import type { ContentSource, Perspective, QueryParams } from './source'

// The path is built from literals so the bundler can trace exactly this file.
export const SEED_DATASET_FILE = path.join(process.cwd(), 'sanity', 'seed', 'production.ndjson')

/** Every document in an NDJSON export, drafts included; a bad line throws with file and line. */
export function readDataset(file: string): SanityDocument[] {
  const text = readFileSync(file, 'utf8')
  return parseNdjson(text, path.relative(process.cwd(), file) || file)
}

/** Published documents only. */
export function loadDataset(file: string): SanityDocument[] {
  return publishedOnly(readDataset(file))
}

type Views = Record<'published' | 'drafts', SanityDocument[]> & { version: string }

/**
 * Runs GROQ with groq-js over an in-memory copy of an NDJSON export. groq-js has no
 * perspectives, so the published and drafts views are built here. reload() reads the file again.
 */
export function createEmbeddedSource(load: () => SanityDocument[]): ContentSource & { reload(): void } {
  let views: Views | undefined
  const read = (): Views => {
    const all = load()
    // A fingerprint of the content: cache keys include it, so an edited file is never
    // answered from entries cached for the old one (they persist in .next/cache across builds).
    const version = createHash('sha256').update(JSON.stringify(all)).digest('base64url').slice(0, 16)
    return { published: publishedOnly(all), drafts: draftsOverPublished(all), version }
  }
  return {
    kind: 'embedded',
    reload() {
      views = read()
    },
    version() {
      views ??= read()
      return views.version
    },
    async fetch<T>(query: string, params: QueryParams = {}, perspective: Perspective = 'published'): Promise<T> {
      views ??= read()
      // Parsed per call: groq-js folds the parameters into the tree, so a tree is not reusable.
      const value = await evaluate(parse(query, { params }), { dataset: views[perspective === 'published' ? 'published' : 'drafts'], params })
      return (await value.get()) as T
    },
  }
}
