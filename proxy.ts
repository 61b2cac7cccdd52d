import { NextResponse, type NextRequest } from 'next/server'
import { detailAddress, isPublishedPage, MISSING_PAGE_HEADER, type PageType } from './lib/content'
import { createCacheAdmission, readFinderCacheLimit, routeFinder } from './lib/finder/route'

// A malformed percent-escape (/guides/%, /insoles/%ff) makes Next throw while decoding a dynamic
// segment, and the answer is a bare 500 without our headers (vercel/next.js#92527). Answer 400
// with a readable page instead; next.config's headers are added to it as to any response.
const PAGE = `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bad address | Groundwork</title></head>
<body>
<main>
<h1>That web address is not valid</h1>
<p>Part of the address has a stray % sign or broken characters, so we cannot tell which page you want.</p>
<p><a href="/">Go to the home page</a> or <a href="/guides">browse the guides</a>.</p>
</main>
</body>
</html>
`

/**
 * A path on this server. Built from nextUrl, not request.url: behind the standalone server the
 * two can name different hosts, and a rewrite to another host is fetched as an external URL.
 */
function sameOrigin(request: NextRequest, pathAndQuery: string) {
  const target = new URL(pathAndQuery, 'http://internal')
  const url = request.nextUrl.clone()
  url.pathname = target.pathname
  url.search = target.search
  return url
}

/**
 * The router's own fetches with JavaScript (links, prefetches, next/form's finder steps) carry
 * the `rsc` header; the proxy sees it because next.config sets skipProxyUrlNormalize. They go to
 * the page as asked, which answers with its own redirect or notFound() for the router to
 * follow. Rewritten here, the standalone server would redirect the router to the rewritten
 * path, and the address bar would show it.
 */
const isRouterFetch = (request: NextRequest) => request.headers.has('rsc')

// Bounded: past the limit, an answer set renders per request (instrumentation.ts checks the setting at start).
const admitToCache = createCacheAdmission(readFinderCacheLimit(process.env))

// No route claims this path, so Next answers it with app/global-not-found.tsx: a 404 rendered
// whole on the server. A page that calls notFound() while rendering on demand sends a body
// that only JavaScript fills in (vercel/next.js#95613).
const NOT_FOUND_PATH = '/_page-not-found'

/** An unknown guide, insole or exercise goes to the server-rendered 404 page. */
async function detailPage(request: NextRequest, { type, slug }: { type: PageType; slug: string }) {
  // Previews read drafts, which may have no published address yet.
  if (request.cookies.has('__prerender_bypass')) return NextResponse.next()
  let published: boolean | undefined
  try {
    published = await isPublishedPage(type, slug)
  } catch (error) {
    // The page reads the content itself, and answers for itself.
    console.error(`[groundwork] Could not check ${request.nextUrl.pathname} against the content: ${(error as Error).message}`)
  }
  if (published !== false) return NextResponse.next()
  // The 404 page suggests pages like the one asked for.
  const headers = new Headers(request.headers)
  headers.set(MISSING_PAGE_HEADER, request.nextUrl.pathname)
  return NextResponse.rewrite(sameOrigin(request, NOT_FOUND_PATH), { request: { headers } })
}

export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl
  try {
    decodeURIComponent(pathname)
  } catch {
    return new NextResponse(PAGE, { status: 400, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } })
  }
  if ((request.method !== 'GET' && request.method !== 'HEAD') || isRouterFetch(request)) return NextResponse.next()
  const detail = detailAddress(pathname)
  if (detail) return detailPage(request, detail)
  // Page loads (shared links, no JavaScript, crawlers) are served from the page cache.
  const route = routeFinder(pathname, searchParams)
  if (route.kind === 'redirect') return NextResponse.redirect(sameOrigin(request, route.to), 307)
  if (route.kind === 'cached' && admitToCache(route.path)) return NextResponse.rewrite(sameOrigin(request, route.path))
  return NextResponse.next()
}

// Only paths with a %, detail pages and the finder's run through here: the rest are served at full speed.
export const config = { matcher: ['/:path(.*%.*)', '/guides/:slug', '/insoles/:slug', '/exercises/:slug', '/finder', '/finder/results'] }
