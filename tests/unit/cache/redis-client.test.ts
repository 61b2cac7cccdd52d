import { createServer, type Server, type Socket } from 'node:net'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { boundedClient, connectRedis, REDIS_PAUSE_MS, REDIS_TIMEOUT_MS, RedisUnavailable, type RedisConnection } from '../../../lib/cache/redis-client.mjs'

/**
 * A Redis stand-in on a loopback port that can stop answering without closing its
 * connections, as a paused or overloaded Redis does (a stopped one is covered in e2e).
 */
async function fakeRedis() {
  const commands: string[] = []
  const sockets = new Set<Socket>()
  let answering = true
  const held: Array<() => void> = []
  const server: Server = createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    let buffer = ''
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1')
      for (;;) {
        const parsed = readCommand(buffer)
        if (!parsed) break
        buffer = buffer.slice(parsed.length)
        commands.push(parsed.words.join(' ').toUpperCase())
        const name = parsed.words[0]!.toUpperCase()
        const reply = () => socket.write(name === 'PING' ? '+PONG\r\n' : name === 'GET' ? '$5\r\nvalue\r\n' : '+OK\r\n')
        if (answering) reply()
        else held.push(reply)
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    url: `redis://127.0.0.1:${port}`,
    commands,
    stopAnswering: () => (answering = false),
    /** Answers again, late answers to what it held first, as a resumed Redis does. */
    answerAgain: () => {
      answering = true
      for (const reply of held.splice(0)) reply()
    },
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

/** One RESP array of bulk strings from the front of `input`, or null if it is not all there yet. */
function readCommand(input: string): { words: string[]; length: number } | null {
  const header = /^\*(\d+)\r\n/.exec(input)
  if (!header) return null
  let at = header[0].length
  const words: string[] = []
  for (let i = 0; i < Number(header[1]); i++) {
    const size = /^\$(\d+)\r\n/.exec(input.slice(at))
    if (!size) return null
    at += size[0].length
    if (input.length < at + Number(size[1]) + 2) return null
    words.push(input.slice(at, at + Number(size[1])))
    at += Number(size[1]) + 2
  }
  return { words, length: at }
}

let cleanup: Array<() => Promise<unknown> | void> = []
afterEach(async () => {
  for (const step of cleanup.reverse()) await step()
  cleanup = []
  vi.restoreAllMocks()
  // Connections closed while down would count as down for the next test.
  ;(globalThis as { __groundworkRedisOutage?: Set<string> }).__groundworkRedisOutage?.clear()
})

async function connected(name: string) {
  const redis = await fakeRedis()
  const connection = connectRedis(redis.url, name)
  cleanup.push(() => redis.close(), () => connection.client.destroy())
  await vi.waitFor(() => expect(connection.client.isReady).toBe(true), { timeout: 2_000 })
  return { redis, connection }
}

/** How long a call took to fail, and its error. */
const timed = async (call: () => Promise<unknown>) => {
  const started = performance.now()
  const error = await call().then(
    () => undefined,
    (reason: unknown) => reason,
  )
  return { error, ms: performance.now() - started }
}

describe('a Redis connection that stops answering', () => {
  it('gives each call at most 500 ms, then refuses at once without sending anything, and says so once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { redis, connection } = await connected('test: stops answering')
    expect(await connection.call(() => connection.client.get('page'))).toBe('value')

    redis.stopAnswering()
    const first = await timed(() => connection.call(() => connection.client.get('page')))
    expect(first.error).toBeInstanceOf(RedisUnavailable)
    expect(first.ms).toBeGreaterThanOrEqual(REDIS_TIMEOUT_MS - 20)
    // A stalled event loop on a busy machine may add a little; a held call would wait far longer.
    expect(first.ms).toBeLessThan(REDIS_TIMEOUT_MS + 2_000)

    const sent = redis.commands.length
    const next = connection.call(() => connection.client.get('page'))
    await expect(next).rejects.toThrow(/is not answering/)
    expect(redis.commands).toHaveLength(sent)

    const warnings = warn.mock.calls.map((args) => String(args[0]))
    expect(warnings.filter((line) => line.includes('Redis is unreachable'))).toHaveLength(1)
    expect(warnings.join('\n')).toContain(`did not answer within ${REDIS_TIMEOUT_MS} ms`)
  })

  it('is found answering again by a probe: "back" is said once, listeners run, calls go through', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { redis, connection } = await connected('test: answers again')
    const back = vi.fn()
    connection.onBack(back)
    redis.stopAnswering()
    await expect(connection.call(() => connection.client.get('page'))).rejects.toBeInstanceOf(RedisUnavailable)
    redis.answerAgain()
    // Nobody calls: the probe after the pause finds it.
    await vi.waitFor(() => expect(back).toHaveBeenCalledTimes(1), { timeout: REDIS_PAUSE_MS + 2_000, interval: 50 })
    expect(redis.commands).toContain('PING')
    expect(await connection.call(() => connection.client.get('page'))).toBe('value')
    expect(warn.mock.calls.filter((args) => String(args[0]).includes('Redis is back'))).toHaveLength(1)
  })

  it('keeps probing while it stays silent, and never holds a caller meanwhile', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { redis, connection } = await connected('test: stays silent')
    redis.stopAnswering()
    await expect(connection.call(() => connection.client.get('page'))).rejects.toBeInstanceOf(RedisUnavailable)
    const deadline = Date.now() + 2 * REDIS_PAUSE_MS + 2 * REDIS_TIMEOUT_MS
    // Refused before sending, through every probe: no caller waits on the silent Redis.
    while (Date.now() < deadline) {
      await expect(connection.call(() => connection.client.get('page'))).rejects.toThrow(/is not answering/)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(redis.commands.filter((command) => command === 'GET PAGE')).toHaveLength(1)
    expect(redis.commands.filter((command) => command === 'PING').length).toBeGreaterThanOrEqual(2)
  })
})

describe('the client the cache handler is given', () => {
  it('runs every command, signal or not, within the same limit', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { redis, connection } = await connected('test: bounded client')
    const client = boundedClient(connection as RedisConnection)
    expect(client.isReady).toBe(true)
    expect(await client.withAbortSignal(AbortSignal.timeout(5_000)).get('page')).toBe('value')
    redis.stopAnswering()
    // The library's own signal would give up only before the command is written.
    const { error, ms } = await timed(() => client.withAbortSignal(AbortSignal.timeout(5_000)).get('page'))
    expect(error).toBeInstanceOf(RedisUnavailable)
    expect(ms).toBeLessThan(REDIS_TIMEOUT_MS + 2_000)
  })

  it('refuses at once while Redis is not connected', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { redis, connection } = await connected('test: not connected')
    await redis.close()
    await vi.waitFor(() => expect(connection.client.isReady).toBe(false), { timeout: 2_000 })
    await expect(boundedClient(connection).get('page')).rejects.toThrow(/is not connected/)
  })
})
