// Builds the site in Sanity mode into .next-sanity, reading from the fake Sanity API on loopback,
// for the resilience tests (Sanity unreachable after a build, then back). The API host is read
// at run time, so the tests' own fake API may listen on another free port.
import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { freePorts } from './free-port.mjs'
import { sanityModeEnv } from './sanity-mode-env.mjs'

async function main() {
  const [apiPort, controlPort] = await freePorts(2)
  const api = spawn('npx', ['tsx', 'tests/support/fake-sanity-server.ts'], {
    env: { ...process.env, FAKE_SANITY_PORT: String(apiPort), FAKE_SANITY_CONTROL_PORT: String(controlPort) },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  })
  // Its first line says it is listening; if it exits first, stop here rather than wait for a
  // line that never comes.
  await Promise.race([
    once(api.stdout, 'data'),
    once(api, 'exit').then(([code]) => {
      throw new Error(`the fake Sanity API exited (code ${code}) before it was listening on port ${apiPort}`)
    }),
  ])
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...process.env, ...sanityModeEnv(apiPort), GROUNDWORK_TEST_BUILD: '1' } })
  process.kill(-api.pid)
  process.exit(build.status ?? 1)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
