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
  // React's automatic runtime for the few component tests.
  esbuild: { jsx: 'automatic' },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
})
