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
  // Its first line says it is listening; if it exits first (say, the port is taken), stop here
  // rather than wait for a line that never comes.
  await Promise.race([
    once(api.stdout, 'data'),
    once(api, 'exit').then(([code]) => {
      throw new Error(`the fake Sanity API exited (code ${code}) before it was listening on port ${FAKE_SANITY_PORT}`)
    }),
  ])
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...process.env, ...SANITY_MODE_ENV } })
  process.kill(-api.pid)
  process.exit(build.status ?? 1)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
