import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createEmbeddedSource, SEED_DATASET_FILE } from '../../lib/content/embedded-source'
import { parseNdjson } from '../../lib/content/ndjson'

/** Every document in the seed, drafts included, as exported. */
export const seedDocuments = () => parseNdjson(readFileSync(SEED_DATASET_FILE, 'utf8'), path.basename(SEED_DATASET_FILE))

export const seedSource = () => {
  const docs = seedDocuments()
  return createEmbeddedSource(() => docs)
}

/** Text that exists only in draft documents and must never be served. */
export const DRAFT_MARKER = 'DRAFT-ONLY'
