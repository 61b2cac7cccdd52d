import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      '.next/**',
      '.next-sanity/**',
      '.next-bench/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'lib/content/sanity.types.ts',
      'next-env.d.ts',
    ],
  },
]

export default config
