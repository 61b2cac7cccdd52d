// The production build the browser tests run against, made with every secret variable set
// (to test-only values), so a test can prove none of them reaches the browser's files.
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'

const secrets = JSON.parse(readFileSync(new URL('../e2e/secrets.json', import.meta.url), 'utf8'))
const env = {
  ...process.env,
  SANITY_REVALIDATE_SECRET: secrets.webhook,
  PREVIEW_SECRET: secrets.preview,
  SANITY_API_READ_TOKEN: secrets.readToken,
  NEXT_TELEMETRY_DISABLED: '1',
  // npm test type-checks first (see next.config.ts).
  GROUNDWORK_TEST_BUILD: '1',
  // The origin the tests expect in canonical links and share links; production requires one.
  SITE_URL: 'http://localhost:3000',
}
const result = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env })
if (result.status !== 0) process.exit(result.status ?? 1)
writeFileSync('.next/built-with-test-secrets.json', JSON.stringify(['SANITY_REVALIDATE_SECRET', 'PREVIEW_SECRET', 'SANITY_API_READ_TOKEN']))
