// The production build and server the benchmark measures, and a bare node:http server to compare with.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { createServer as createNetServer } from 'node:net'

const NEXT_BIN = 'node_modules/.bin/next'

/** Keeps the last bytes a child wrote, so a failure can say why. */
function tail(child: ChildProcess, limit = 20_000) {
  let text = ''
  const keep = (chunk: Buffer) => {
    text = (text + chunk.toString()).slice(-limit)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return () => text
}

/** Runs `next build` into distDir; throws with the build's output when it fails. */
export async function buildSite(env: NodeJS.ProcessEnv) {
  const build = spawn(NEXT_BIN, ['build'], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  const output = tail(build)
  const [code, signal] = (await once(build, 'exit')) as [number | null, NodeJS.Signals | null]
  if (code !== 0) throw new Error(`next build failed (${signal ?? `exit ${code}`}):\n${output()}`)
}

export type NextServer = { pid: number; origin: string; stop: () => void; output: () => string }

/**
 * Starts `next start` on loopback in its own process group (so stopping the group also stops any
 * child it forks) and waits until it answers.
 */
export async function startNext(env: NodeJS.ProcessEnv, port: number): Promise<NextServer> {
  await assertPortFree(port)
  const child = spawn(NEXT_BIN, ['start', '-p', String(port), '-H', '127.0.0.1'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  // All of it (a server logs little): tests read what was logged since a point.
  const output = tail(child, 1_000_000)
  let exited: string | null = null
  child.once('exit', (code, signal) => {
    exited = signal ?? `exit ${code}`
  })
  const stop = () => {
    if (exited === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // Already gone.
      }
    }
  }
  const origin = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 30_000
  for (;;) {
    if (exited !== null) throw new Error(`next start stopped (${exited}) before answering:\n${output()}`)
    try {
      if ((await fetch(origin, { signal: AbortSignal.timeout(2_000) })).ok) break
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      stop()
      throw new Error(`next start did not answer on ${origin} within 30 s:\n${output()}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return { pid: serverPid(child.pid!), origin, stop, output }
}

/** The next-server process: `next start` renames itself to it, but look in its group in case it forks one. */
function serverPid(groupId: number) {
  const group = execFileSync('ps', ['-e', '-o', 'pid=,pgid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(.*)$/))
    .filter((match) => match !== null && Number(match[2]) === groupId) as RegExpMatchArray[]
  const server = group.find((match) => match[3]!.startsWith('next-server'))
  if (!server) throw new Error(`no next-server process in group ${groupId}:\n${group.map((match) => match[0]).join('\n')}`)
  return Number(server[1])
}

/** Fails at once when something already listens on the port, rather than measuring it. */
async function assertPortFree(port: number) {
  const probe = createNetServer()
  probe.listen(port, '127.0.0.1')
  try {
    await once(probe, 'listening')
  } catch (error) {
    throw new Error(`port ${port} on 127.0.0.1 is in use (${(error as Error).message}); the benchmark needs it`)
  }
  await new Promise((resolve) => probe.close(resolve))
}

/** Resident memory of a process, in bytes, from /proc. */
export function rssBytes(pid: number) {
  const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB$/m)
  if (!match) throw new Error(`no VmRSS for process ${pid}`)
  return Number(match[1]) * 1024
}

/** A node:http server answering every request with the same bytes and content type. */
export async function startBareServer(body: Buffer, contentType: string, port: number): Promise<{ origin: string; close: () => Promise<void> }> {
  const headers = { 'content-type': contentType, 'content-length': String(body.length) }
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, headers)
    response.end(body)
  })
  server.listen(port, '127.0.0.1')
  await once(server, 'listening')
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
