import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      // `server-only` throws outside React Server Components; unit tests run in plain Node.
      'server-only': path.resolve(__dirname, 'tests/unit/support/empty-module.ts'),
      '@': __dirname,
    },
  },
  // React's automatic runtime for the few component tests (Vite 8 transforms with oxc, not esbuild).
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/unit/support/property-seed.setup.ts'],
    // Property tests over the whole seed take about 4 s on an idle 2-core machine; the 5 s
    // default failed them when the machine was busy. A hang still fails, just later.
    testTimeout: 30_000,
  },
})
