import { revalidateTag } from 'next/cache'
import { after, NextResponse, type NextRequest } from 'next/server'
import { contentConfig, reloadContent } from '@/lib/content'
import { handleWebhook } from '@/lib/content/webhook'

// POST /api/revalidate: Sanity's GROQ-powered webhook, signed with SANITY_REVALIDATE_SECRET.
export async function POST(request: NextRequest) {
  const config = contentConfig()
  const { status, body } = await handleWebhook(request, {
    secret: config.webhookSecret,
    waitForConsistency: config.source.kind === 'sanity',
    reload: reloadContent,
    // Embedded file: expire at once, so the very next request renders fresh content.
    // Sanity: stale-while-revalidate, so if the API is down the refresh fails quietly in the
    // background and readers keep the last good page instead of an error.
    revalidate: (tag) => revalidateTag(tag, config.source.kind === 'sanity' ? 'max' : { expire: 0 }),
    afterResponse: after,
  })
  return NextResponse.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
}
