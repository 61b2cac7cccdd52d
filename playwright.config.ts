import { copyFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { defineConfig, devices } from '@playwright/test'
import { E2E_SECRET_ENV } from './tests/e2e/secrets'
import { chromiumPath, OFFLINE_CHROMIUM_ARGS } from './tests/tools/browser.mjs'
import { freePortsSync } from './tests/tools/free-port.mjs'
import { sanityModeEnv } from './tests/tools/sanity-mode-env.mjs'

// Every server takes a free loopback port, chosen once in the main process; workers, which load
// this file again, inherit the choice through the environment.
if (!process.env.E2E_PORT) {
  const [site, sanitySite, fakeApi, fakeControl] = freePortsSync(4)
  Object.assign(process.env, {
    E2E_PORT: String(site),
    E2E_SANITY_PORT: String(sanitySite),
    FAKE_SANITY_PORT: String(fakeApi),
    FAKE_SANITY_CONTROL_PORT: String(fakeControl),
  })
}
const PORT = Number(process.env.E2E_PORT)
export const BASE_URL = `http://localhost:${PORT}`
// The Sanity-mode build (npm run build:sanity-mode) against the fake Sanity API.
const SANITY_PORT = Number(process.env.E2E_SANITY_PORT)
const FAKE_SANITY_PORT = Number(process.env.FAKE_SANITY_PORT)
const FAKE_SANITY_CONTROL_PORT = Number(process.env.FAKE_SANITY_CONTROL_PORT)
// Tests that need a Sanity project: the resilience tests and the Studio itself.
const SANITY_MODE_TESTS = ['resilience/**', 'editors/studio-shell.spec.ts']
// Two instances sharing one Redis (tests/e2e/scale).
const SCALE_TESTS = ['scale/**']

// The server reads a copy of the seed, so editor tests can change it like a publish would.
// Copied once, in the main process; workers inherit the path through the environment.
if (!process.env.E2E_DATASET_FILE) {
  // Not under test-results/: Playwright empties that folder when a run starts.
  process.env.E2E_DATASET_FILE = path.join(mkdtempSync(path.join(tmpdir(), 'groundwork-e2e-')), 'production.ndjson')
  copyFileSync(path.join(__dirname, 'sanity', 'seed', 'production.ndjson'), process.env.E2E_DATASET_FILE)
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: [...SANITY_MODE_TESTS, ...SCALE_TESTS],
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath(),
          args: OFFLINE_CHROMIUM_ARGS,
        },
      },
    },
    {
      // Starts its own Redis and two more servers: run alone, after the rest, so the load of
      // the other tests does not decide whether a publish crosses instances within a second.
      name: 'scale',
      testMatch: SCALE_TESTS,
      dependencies: ['chromium', 'sanity-mode'],
    },
    {
      name: 'sanity-mode',
      testMatch: SANITY_MODE_TESTS,
      use: {
        ...devices['Desktop Chrome'],
        baseURL: `http://localhost:${SANITY_PORT}`,
        launchOptions: { executablePath: chromiumPath(), args: OFFLINE_CHROMIUM_ARGS },
      },
    },
  ],
  webServer: [
    {
      // The production build, run as it is deployed (the standalone server); `npm test` builds first.
      command: `node tests/tools/start-standalone.mjs ${PORT}`,
      url: `${BASE_URL}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'pipe',
      stderr: 'pipe',
      env: {
        EMBEDDED_DATASET_FILE: process.env.E2E_DATASET_FILE,
        ...E2E_SECRET_ENV,
        NEXT_TELEMETRY_DISABLED: '1',
        SITE_URL: 'http://localhost:3000',
        // The fuzz test sends thousands of API requests from one address; the limit itself is unit-tested.
        RATE_LIMIT_FINDER_API_PER_MINUTE: '0',
      },
    },
    {
      command: 'npx tsx tests/support/fake-sanity-server.ts',
      url: `http://127.0.0.1:${FAKE_SANITY_CONTROL_PORT}/`,
      reuseExistingServer: !process.env.CI,
      env: { FAKE_SANITY_PORT: String(FAKE_SANITY_PORT), FAKE_SANITY_CONTROL_PORT: String(FAKE_SANITY_CONTROL_PORT) },
    },
    {
      command: `node tests/tools/start-standalone.mjs ${SANITY_PORT}`,
      url: `http://localhost:${SANITY_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { ...sanityModeEnv(FAKE_SANITY_PORT), SANITY_REVALIDATE_SECRET: E2E_SECRET_ENV.SANITY_REVALIDATE_SECRET },
    },
  ],
})
