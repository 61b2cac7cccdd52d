// Starts the standalone server a build made (`output: 'standalone'`), as a deployment runs it:
// `node <distDir>/standalone/server.js`, with the static assets copied beside it.
// Usage: node tests/tools/start-standalone.mjs <port>   (NEXT_DIST_DIR picks the build)
import { spawn } from 'node:child_process'
import { cpSync, existsSync } from 'node:fs'
import path from 'node:path'

const distDir = process.env.NEXT_DIST_DIR || '.next'
const port = process.argv[2]
const root = path.join(distDir, 'standalone')
const server = path.join(root, 'server.js')
if (!port || !existsSync(server)) {
  console.error(`start-standalone: ${!port ? 'give a port' : `no ${server}: run the build first`}`)
  process.exit(1)
}
cpSync(path.join(distDir, 'static'), path.join(root, distDir, 'static'), { recursive: true })
const child = spawn(process.execPath, [server], { stdio: 'inherit', env: { ...process.env, PORT: port, HOSTNAME: process.env.HOSTNAME_BIND ?? '127.0.0.1' } })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
