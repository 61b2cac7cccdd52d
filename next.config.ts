import type { NextConfig } from 'next'
import { parseContentEnv } from './lib/content/env'
import { cdnCacheHeaders, securityHeaders } from './lib/security-headers'

// Fails `next build` and `next start` at once on a half-set Sanity configuration.
parseContentEnv(process.env)

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // A second build (the Sanity-mode one the resilience tests use) goes to its own folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Prerendered pages: Cache-Control "s-maxage=<revalidate>, stale-while-revalidate=<the rest of a day>".
  expireTime: 86_400,
  poweredByHeader: false,
  async headers() {
    return [...securityHeaders, ...cdnCacheHeaders]
  },
  images: {
    remotePatterns: [{ protocol: 'https', hostname: 'cdn.sanity.io', pathname: '/images/**' }],
  },
}

export default nextConfig
