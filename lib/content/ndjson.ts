import { z } from 'zod'

export type SanityDocument = { _id: string; _type: string; [field: string]: unknown }

const documentSchema = z.looseObject({
  _id: z.string().min(1),
  _type: z.string().min(1),
})

export class DatasetError extends Error {
  override name = 'DatasetError'
}

/** Parses a Sanity NDJSON export; any bad line stops the load with its file and line number. */
export function parseNdjson(text: string, file: string): SanityDocument[] {
  const documents: SanityDocument[] = []
  const seen = new Map<string, number>()
  const lines = text.split('\n')
  lines.forEach((raw, index) => {
    const line = raw.trim()
    const lineNo = index + 1
    if (line === '') return
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      throw new DatasetError(`${file}:${lineNo}: not valid JSON (${(error as Error).message})`, { cause: error })
    }
    const parsed = documentSchema.safeParse(value)
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => issue.path.join('.') || 'document').join(', ')
      throw new DatasetError(`${file}:${lineNo}: not a Sanity document (missing or invalid ${fields})`)
    }
    const earlier = seen.get(parsed.data._id)
    if (earlier !== undefined) {
      throw new DatasetError(`${file}:${lineNo}: duplicate _id "${parsed.data._id}" (first seen on line ${earlier})`)
    }
    seen.set(parsed.data._id, lineNo)
    documents.push(parsed.data as SanityDocument)
  })
  return documents
}

/** Published perspective: drafts and release versions are never part of it. */
export function publishedOnly(documents: SanityDocument[]): SanityDocument[] {
  return documents.filter((doc) => !doc._id.startsWith('drafts.') && !doc._id.startsWith('versions.'))
}

/**
 * The drafts perspective, as Sanity serves it: each draft replaces its published document
 * (under the published id); drafts with no published version appear as new documents.
 */
export function draftsOverPublished(documents: SanityDocument[]): SanityDocument[] {
  const byId = new Map<string, SanityDocument>()
  for (const doc of publishedOnly(documents)) byId.set(doc._id, doc)
  for (const doc of documents) {
    if (doc._id.startsWith('drafts.')) {
      const id = doc._id.slice('drafts.'.length)
      byId.set(id, { ...doc, _id: id })
    }
  }
  return [...byId.values()]
}
