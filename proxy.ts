import { NextResponse, type NextRequest } from 'next/server'

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
  try {
    decodeURIComponent(request.nextUrl.pathname)
    return NextResponse.next()
  } catch {
    return new NextResponse(PAGE, { status: 400, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } })
  }
}

// Only paths with a % run through here: the rest are served at full speed.
export const config = { matcher: ['/:path(.*%.*)'] }
