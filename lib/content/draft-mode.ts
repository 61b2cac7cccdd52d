import 'server-only'
import { defineEnableDraftMode } from 'next-sanity/draft-mode'
import { draftMode } from 'next/headers'
import { NextResponse, type NextRequest } from 'next/server'
import { contentConfig } from './client'
import { previewRedirect, secretMatches } from './preview'
import { createSanityClient } from './sanity-source'

const refuse = (message: string) => NextResponse.json({ message }, { status: 401, headers: { 'Cache-Control': 'no-store' } })

/**
 * Turns draft preview on. With Sanity: the Presentation tool's signed request (next-sanity
 * checks it with the read token). With the embedded dataset: ?secret=PREVIEW_SECRET&redirect=/path.
 */
export async function enableDraftMode(request: NextRequest): Promise<Response> {
  const config = contentConfig()
  if (config.source.kind === 'sanity') {
    if (!config.source.token) return refuse('Preview needs SANITY_API_READ_TOKEN')
    const client = createSanityClient(config.source).withConfig({ token: config.source.token, useCdn: false })
    return defineEnableDraftMode({ client }).GET(request)
  }
  const params = request.nextUrl.searchParams
  if (!secretMatches(params.get('secret'), config.previewSecret)) return refuse('Invalid preview secret')
  ;(await draftMode()).enable()
  return NextResponse.redirect(new URL(previewRedirect(params.get('redirect')), request.nextUrl.origin), {
    headers: { 'Cache-Control': 'no-store' },
  })
}
