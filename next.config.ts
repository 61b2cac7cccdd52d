import path from 'node:path'
import type { NextConfig } from 'next'
import { parseContentEnv } from './lib/content/env'
import { readLimits } from './lib/rate-limit'
import { cdnCacheHeaders, securityHeaders } from './lib/security-headers'

// Fails `next build` and `next start` at once on a half-set Sanity configuration.
parseContentEnv(process.env)
readLimits(process.env)

// The test command type-checks the whole project (tests included) before it builds, and builds
// each folder once: its builds skip Next's second type check and the build cache nobody reads.
const testBuild = process.env.GROUNDWORK_TEST_BUILD === '1'

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // With REDIS_URL, pages and cached reads live in Redis, shared by every instance (see
  // lib/cache/handler.mjs); Next's own memory cache stays off so each entry is kept once.
  // Without it, Next's default: memory and the build's files on disk.
  ...(process.env.REDIS_URL ? { cacheHandler: path.join(process.cwd(), 'lib', 'cache', 'handler.mjs'), cacheMaxMemorySize: 0 } : {}),
  // A second build (the Sanity-mode one the resilience tests use) goes to its own folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // `node .next/standalone/server.js` runs the site with only the files it needs (Dockerfile).
  output: 'standalone',
  // Read from disk by path, so the tracer cannot see them: the embedded dataset and its pictures.
  outputFileTracingIncludes: { '/**': ['./sanity/seed/production.ndjson', './sanity/seed/images/*.webp'] },
  // Prerendered pages: Cache-Control "s-maxage=<revalidate>, stale-while-revalidate=<the rest of a day>".
  expireTime: 86_400,
  poweredByHeader: false,
  // proxy.ts tells the router's fetches from page loads by their `rsc` header, which Next
  // otherwise strips from what the proxy sees.
  skipProxyUrlNormalize: true,
  // app/global-not-found.tsx: a server-rendered 404 for addresses no route claims (the site
  // has two root layouts, so there is no single layout for Next's own not-found page).
  experimental: { globalNotFound: true, ...(testBuild ? { turbopackFileSystemCacheForBuild: false } : {}) },
  typescript: { ignoreBuildErrors: testBuild },
  async headers() {
    return [...securityHeaders, ...cdnCacheHeaders]
  },
  images: {
    // The embedded dataset's pictures (app/seed-images); nothing else on this origin is resized.
    localPatterns: [{ pathname: '/seed-images/**', search: '' }],
    remotePatterns: [{ protocol: 'https', hostname: 'cdn.sanity.io', pathname: '/images/**' }],
  },
}

export default nextConfig
