import 'server-only'
import { revalidateTag } from 'next/cache'
import { after, NextResponse, type NextRequest } from 'next/server'
import { announcePublish } from '../cache/shared-redis'
import { contentConfig } from './client'
import { handleWebhook } from './webhook'

/** Sanity's GROQ-powered publish webhook, signed with SANITY_REVALIDATE_SECRET. */
export async function receivePublish(request: NextRequest): Promise<Response> {
  const config = contentConfig()
  const sanity = config.source.kind === 'sanity'
  const { status, body } = await handleWebhook(request, {
    secret: config.webhookSecret,
    waitForConsistency: sanity,
    // Reloads the embedded file here and, through Redis, on every other instance.
    reload: announcePublish,
    // Embedded file: expire at once, so the very next request renders fresh content.
    // Sanity: stale-while-revalidate, so if the API is down the refresh fails quietly in the
    // background and readers keep the last good page instead of an error.
    revalidate: (tag) => revalidateTag(tag, sanity ? 'max' : { expire: 0 }),
    afterResponse: after,
  })
  return NextResponse.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
}
