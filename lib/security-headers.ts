// Security headers for every response. The public site gets a strict policy; the Studio,
// which talks to Sanity's API and runs its own workers, gets its own looser one.

const dev = process.env.NODE_ENV !== 'production'

const join = (policy: Record<string, string[]>) =>
  Object.entries(policy)
    .map(([directive, values]) => [directive, ...values].join(' '))
    .join('; ')

// Next's App Router streams its payload in inline scripts, and static pages cannot carry a
// per-request nonce, so scripts are limited to this origin plus inline; never eval in production.
export const siteCsp = join({
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'https://cdn.sanity.io'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  // The Presentation tool frames the site from the Studio at /studio, on this origin; nobody else may.
  'frame-ancestors': ["'self'"],
})

export const studioCsp = join({
  'default-src': ["'self'"],
  // NextStudio loads Sanity's bridge script from its CDN on every load.
  'script-src': ["'self'", "'unsafe-inline'", 'https://core.sanity-cdn.com', ...(dev ? ["'unsafe-eval'"] : [])],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:', 'https://cdn.sanity.io', 'https://*.sanity.io', 'https://lh3.googleusercontent.com', 'https://avatars.githubusercontent.com'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'https://*.sanity.io', 'wss://*.sanity.io', 'https://*.sanity.work', 'wss://*.sanity.work'],
  'frame-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'", 'https://*.sanity.io'],
  'frame-ancestors': ["'self'"],
})

const common = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), clipboard-write=(self)',
  },
]

export const securityHeaders = [
  // Everything but the Studio.
  { source: '/((?!studio(?:/|$)).*)', headers: [...common, { key: 'Content-Security-Policy', value: siteCsp }] },
  { source: '/studio', headers: [...common, { key: 'Content-Security-Policy', value: studioCsp }] },
  { source: '/studio/:path*', headers: [...common, { key: 'Content-Security-Policy', value: studioCsp }] },
]

// Pages rendered per request (search, finder steps, results) are the same for everyone with the
// same URL, but Next always marks them private. CDN-Cache-Control (RFC 9213) lets a CDN keep them
// briefly; never in draft preview (the draft-mode cookie), whose pages must stay private.
const cdnCache = [{ key: 'CDN-Cache-Control', value: 'max-age=60, stale-while-revalidate=86400' }]
const notInPreview = [{ type: 'cookie' as const, key: '__prerender_bypass' }]
export const cdnCacheHeaders = ['/guides', '/finder', '/finder/results'].map((source) => ({
  source,
  missing: notInPreview,
  headers: cdnCache,
}))
