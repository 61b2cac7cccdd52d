import { NextResponse, type NextRequest } from 'next/server'
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

// Under the standalone server (Next 16.4), a page served through a rewrite hydrates with the
// rewritten path as its address, so there the finder renders per request, as before. Set by
// the server.js that `output: 'standalone'` writes.
const STANDALONE = Boolean(process.env.__NEXT_PRIVATE_STANDALONE_CONFIG)

// Bounded: past the limit, an answer set renders per request (instrumentation.ts checks the setting at start).
const admitToCache = createCacheAdmission(readFinderCacheLimit(process.env))

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl
  try {
    decodeURIComponent(pathname)
  } catch {
    return new NextResponse(PAGE, { status: 400, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } })
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') return NextResponse.next()
  // A step taken with JavaScript (next/form) fetches the page's payload, marked by the router's
  // `_rsc` parameter: rendered per request as before, with the page's own redirect. Rewritten
  // or redirected here, the standalone server's router check sends the browser to the cached
  // path and the address bar shows it. Page loads (shared links, no JavaScript, crawlers) are cached.
  if (searchParams.has('_rsc') || STANDALONE) return NextResponse.next()
  const route = routeFinder(pathname, searchParams)
  if (route.kind === 'redirect') return NextResponse.redirect(sameOrigin(request, route.to), 307)
  if (route.kind === 'cached' && admitToCache(route.path)) return NextResponse.rewrite(sameOrigin(request, route.path))
  return NextResponse.next()
}

// Only paths with a % and the finder's run through here: the rest are served at full speed.
export const config = { matcher: ['/:path(.*%.*)', '/finder', '/finder/results'] }
