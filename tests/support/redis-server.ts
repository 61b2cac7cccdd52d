import { spawn, type ChildProcess } from 'node:child_process'
import { createClient } from 'redis'

/** A throwaway redis-server on a loopback port: no disk, stopped and started again by the tests. */
export function redisServer(port: number) {
  let child: ChildProcess | null = null
  const url = `redis://127.0.0.1:${port}`
  return {
    url,
    async start() {
      child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
      const deadline = Date.now() + 10_000
      for (;;) {
        const client = createClient({ url, socket: { reconnectStrategy: false } })
        client.on('error', () => {})
        try {
          await client.connect()
          await client.ping()
          await client.close()
          return
        } catch (error) {
          if (Date.now() > deadline) throw new Error(`redis-server did not answer on ${url}: ${(error as Error).message}`)
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
      }
    },
    async stop() {
      if (!child || child.exitCode !== null) return
      child.kill('SIGCONT')
      const exited = new Promise((resolve) => child!.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
    /** Stops answering without closing a connection, as an overloaded or paused Redis does. */
    pause() {
      child?.kill('SIGSTOP')
    },
    resume() {
      child?.kill('SIGCONT')
    },
    /** How many clients are connected: each instance holds three once it has (re)connected. */
    async clients(): Promise<number> {
      const client = createClient({ url, socket: { reconnectStrategy: false } })
      client.on('error', () => {})
      await client.connect()
      try {
        return (await client.sendCommand(['CLIENT', 'LIST'])).toString().trim().split('\n').length - 1
      } finally {
        await client.close()
      }
    },
  }
}
