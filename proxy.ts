import { NextResponse, type NextRequest } from 'next/server'
import { CACHED_RESULTS_PREFIX, CACHED_STEP_PREFIX, routeFinder } from './lib/finder/route'

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

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl
  try {
    decodeURIComponent(pathname)
  } catch {
    return new NextResponse(PAGE, { status: 400, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } })
  }
  // The cached renderings of the finder are reached only through the finder's own addresses.
  if (pathname.startsWith(CACHED_STEP_PREFIX) || pathname.startsWith(CACHED_RESULTS_PREFIX)) {
    return NextResponse.rewrite(new URL('/finder/not-a-page', request.url))
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') return NextResponse.next()
  const route = routeFinder(pathname, searchParams)
  if (route.kind === 'redirect') return NextResponse.redirect(new URL(route.to, request.url), 307)
  if (route.kind === 'cached') return NextResponse.rewrite(new URL(route.path, request.url))
  return NextResponse.next()
}

// Only paths with a % and the finder's run through here: the rest are served at full speed.
export const config = { matcher: ['/:path(.*%.*)', '/finder', '/finder/results', '/finder/answers/:path*', '/finder/results/answers/:path*'] }
