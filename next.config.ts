import type { NextConfig } from 'next'
import { parseContentEnv } from './lib/content/env'

// Fails `next build` and `next start` at once on a half-set Sanity configuration.
parseContentEnv(process.env)

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  images: {
    remotePatterns: [{ protocol: 'https', hostname: 'cdn.sanity.io', pathname: '/images/**' }],
  },
}

export default nextConfig
