// Builds the site in Sanity mode into .next-sanity, reading from the fake Sanity API on loopback,
// for the resilience tests (Sanity unreachable after a build, then back).
import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { FAKE_SANITY_PORT, SANITY_MODE_ENV } from './sanity-mode-env.mjs'

async function main() {
  const api = spawn('npx', ['tsx', 'tests/support/fake-sanity-server.ts'], {
    env: { ...process.env, FAKE_SANITY_PORT: String(FAKE_SANITY_PORT) },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  })
  await once(api.stdout, 'data')
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...process.env, ...SANITY_MODE_ENV } })
  process.kill(-api.pid)
  process.exit(build.status ?? 1)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
