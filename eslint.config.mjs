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
  {
    // lib/content is the one door to content: routes and components import its index only.
    files: ['app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/lib/content/*', '**/lib/content/*'], message: 'Import from @/lib/content, the one door to content, not a file inside it.' },
          ],
        },
      ],
    },
  },
]

export default config
