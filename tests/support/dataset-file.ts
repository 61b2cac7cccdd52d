// The embedded dataset file a test server reads, edited as an editor's publish would change it,
// and the signed webhook Sanity would send after it.
import { readFileSync, writeFileSync } from 'node:fs'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'

/** Sets one field of one document in an NDJSON file, leaving every other line as it was. */
export function setDocumentField(file: string, id: string, field: string, value: unknown) {
  const lines = readFileSync(file, 'utf8').split('\n')
  const next = lines.map((line) => {
    if (!line.trim()) return line
    const doc = JSON.parse(line)
    return doc._id === id ? JSON.stringify({ ...doc, [field]: value }) : line
  })
  writeFileSync(file, next.join('\n'))
}

/** POSTs a publish webhook for `doc`, signed with `secret` as Sanity signs it. */
export async function sendPublishWebhook(origin: string, doc: Record<string, unknown>, secret: string): Promise<Response> {
  const body = JSON.stringify(doc)
  return fetch(new URL('/api/revalidate', origin), {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), secret) },
  })
}
