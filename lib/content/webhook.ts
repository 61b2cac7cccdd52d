import { decodeSignatureHeader, isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { parseBody } from 'next-sanity/webhook'
import type { NextRequest } from 'next/server'
import { z } from 'zod'
import { tagFor } from './tags'

// What the Sanity webhook's projection sends: {_id, _type, "slug": slug.current, "previousSlug": before().slug.current}
const payloadSchema = z.object({
  _id: z.string().min(1),
  _type: z.string().regex(/^[A-Za-z][\w-]*$/),
  slug: z.string().min(1).nullish(),
  previousSlug: z.string().min(1).nullish(),
})
export type WebhookPayload = z.infer<typeof payloadSchema>

/** The cache tags a change to this document touches: its type (lists and pages that show it) and its slugs. */
export function tagsForDocument(doc: WebhookPayload): string[] {
  const tags = new Set([tagFor.type(doc._type), tagFor.id(doc._id)])
  for (const slug of [doc.slug, doc.previousSlug]) if (slug) tags.add(tagFor.doc(doc._type, slug))
  return [...tags]
}

export type WebhookDeps = {
  secret: string | undefined
  /** Sanity's Content Lake needs a moment to settle; the embedded file does not. */
  waitForConsistency: boolean
  reload: () => void | Promise<void>
  revalidate: (tag: string) => void
  /** Runs a task after the response is sent (next/server's `after`). */
  afterResponse: (task: () => Promise<void>) => void
  /** How long to wait before the second pass; see handleWebhook. */
  settleMs?: number
  now?: () => number
}

/** A signed call older than this (or this far in the future) is refused: someone replaying a captured request. */
export const MAX_SIGNATURE_AGE_MS = 5 * 60_000

/** Long enough for a page render that was under way when the publish came in to finish. */
export const SETTLE_MS = 1500

export type WebhookOutcome = { status: number; body: Record<string, unknown> }

/**
 * Verifies a Sanity webhook and revalidates exactly the changed document's tags.
 * Only a valid signature passes: anything else is 401 and changes nothing.
 */
export async function handleWebhook(request: NextRequest, deps: WebhookDeps): Promise<WebhookOutcome> {
  if (!deps.secret) return { status: 401, body: { message: 'Webhook secret is not configured' } }
  let parsed: Awaited<ReturnType<typeof parseBody<unknown>>>
  const copy = request.clone()
  try {
    parsed = await parseBody<unknown>(request, deps.secret, deps.waitForConsistency)
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error
    // parseBody parses before it reports the signature: only a signed body may learn it is not JSON.
    const signature = request.headers.get(SIGNATURE_HEADER_NAME) ?? ''
    return (await isValidSignature(await copy.text(), signature, deps.secret.trim()))
      ? { status: 400, body: { message: 'Body is not valid JSON' } }
      : { status: 401, body: { message: 'Invalid or missing signature' } }
  }
  if (parsed.isValidSignature !== true) return { status: 401, body: { message: 'Invalid or missing signature' } }
  // The signature covers its timestamp, so a valid one says truly when Sanity sent it.
  const { timestamp } = decodeSignatureHeader(request.headers.get(SIGNATURE_HEADER_NAME) ?? '')
  if (Math.abs((deps.now ?? Date.now)() - timestamp) > MAX_SIGNATURE_AGE_MS) {
    return { status: 401, body: { message: 'Signature is more than 5 minutes old: send a new request' } }
  }
  const payload = payloadSchema.safeParse(parsed.body)
  if (!payload.success) {
    return { status: 400, body: { message: 'Body needs _id and _type (and slug for documents with one)' } }
  }
  await deps.reload()
  const tags = tagsForDocument(payload.data)
  for (const tag of tags) deps.revalidate(tag)
  // Next stamps a cache entry when it is written, not when its render began: a render that
  // started before this publish (a timed refresh, say) can finish after it and store the old
  // content as fresh. A second pass once such renders are done catches that within seconds
  // rather than at the next timed refresh.
  deps.afterResponse(async () => {
    await new Promise((resolve) => setTimeout(resolve, deps.settleMs ?? SETTLE_MS))
    for (const tag of tags) deps.revalidate(tag)
  })
  return { status: 200, body: { revalidated: true, tags } }
}
