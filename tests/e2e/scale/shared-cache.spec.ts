import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { startNext, type NextServer } from '../../bench/server'
import { sendPublishWebhook, setDocumentField } from '../../support/dataset-file'
import { redisServer } from '../../support/redis-server'
import { freePorts } from '../../tools/free-port.mjs'

// Two `next start` instances, each with its own copy of the build (as on two machines), share
// one Redis: what a publish sent to one does, the other serves.
test.describe.configure({ mode: 'serial', timeout: 120_000 })

const SECRET = 'a-webhook-secret-for-the-scale-tests'
/** Low enough to reach in a test; the other tests call the API a few times each. */
const API_LIMIT = 20
const GUIDE = { _id: 'guide-tight-calves', _type: 'guide', slug: 'tight-calves' }
const COPIES = ['.next-scale-a', '.next-scale-b']
let redis: ReturnType<typeof redisServer>
let servers: NextServer[] = []
let work: string
let dataset: string

const h1 = async (server: NextServer, pagePath: string) => {
  const response = await fetch(`${server.origin}${pagePath}`)
  return { status: response.status, title: /<h1[^>]*>([^<]*)<\/h1>/.exec(await response.text())?.[1] }
}

const setTitle = (title: string) => setDocumentField(dataset, GUIDE._id, 'title', title)

async function publish(server: NextServer) {
  expect((await sendPublishWebhook(server.origin, GUIDE, SECRET)).status).toBe(200)
}

/** Milliseconds until the other instance serves the new title (fails after `within`). */
async function timeUntilServed(server: NextServer, title: string, within = 5_000) {
  const started = Date.now()
  await expect.poll(async () => (await h1(server, `/guides/${GUIDE.slug}`)).title, { timeout: within, intervals: [50] }).toBe(title)
  return Date.now() - started
}

/** After an outage the instances reconnect on their own schedule (up to a second apart): allow for it. */
const AFTER_AN_OUTAGE = 15_000

test.beforeAll(async () => {
  const [redisPort, portA, portB] = (await freePorts(3)) as [number, number, number]
  redis = redisServer(redisPort)
  await redis.start()
  work = mkdtempSync(path.join(tmpdir(), 'groundwork-scale-'))
  dataset = path.join(work, 'production.ndjson')
  copyFileSync(path.join('sanity', 'seed', 'production.ndjson'), dataset)
  for (const copy of COPIES) {
    rmSync(copy, { recursive: true, force: true })
    // The build, not Next's build cache (hundreds of megabytes the server never reads).
    cpSync('.next', copy, { recursive: true, filter: (source) => path.basename(source) !== 'cache' || path.dirname(source) !== '.next' })
  }
  const env = (distDir: string) => ({
    ...process.env,
    NEXT_DIST_DIR: distDir,
    REDIS_URL: redis.url,
    EMBEDDED_DATASET_FILE: dataset,
    SANITY_REVALIDATE_SECRET: SECRET,
    SITE_URL: 'http://localhost:3000',
    NEXT_TELEMETRY_DISABLED: '1',
    RATE_LIMIT_FINDER_API_PER_MINUTE: String(API_LIMIT),
  })
  servers = [await startNext(env(COPIES[0]!), portA), await startNext(env(COPIES[1]!), portB)]
})

test.afterAll(async () => {
  for (const server of servers) server.stop()
  await redis?.stop()
  for (const copy of COPIES) rmSync(copy, { recursive: true, force: true })
  if (work) rmSync(work, { recursive: true, force: true })
})

test('a publish sent to one instance is served by the other within a second', async () => {
  const [a, b] = servers as [NextServer, NextServer]
  const original = (await h1(b, `/guides/${GUIDE.slug}`)).title!
  expect((await h1(a, `/guides/${GUIDE.slug}`)).title).toBe(original)
  setTitle(`${original}: shared`)
  await publish(a)
  expect(await timeUntilServed(b, `${original}: shared`)).toBeLessThan(1_000)
  setTitle(original)
  await publish(b)
  expect(await timeUntilServed(a, original)).toBeLessThan(1_000)
})

test('a finder answer set is rendered once, then served from the shared cache by either instance, under the finder address', async () => {
  const [a, b] = servers as [NextServer, NextServer]
  const step = '/finder?health=none&flag=none&step=3'
  const first = await fetch(`${a.origin}${step}`)
  expect(first.status).toBe(200)
  // The same answers in another order are the same entry, rendered on A and found by B.
  const second = await fetch(`${b.origin}/finder?flag=none&health=none&step=3`)
  expect(second.headers.get('x-nextjs-cache')).toBe('HIT')
  const html = await second.text()
  expect(html).toMatch(/<h1[^>]*>What type of arch do you have\?<\/h1>/)
  expect(html).toContain('<link rel="canonical" href="http://localhost:3000/finder"/>')
  const results = '/finder/results?flag=none&health=none&arch=flat&symptom=heel-pain&activity=walking&footwear=casual'
  await fetch(`${b.origin}${results}`)
  const again = await fetch(`${a.origin}${results}`)
  expect(again.headers.get('x-nextjs-cache')).toBe('HIT')
  expect(await again.text()).toContain('<meta name="robots" content="noindex"/>')
})

const API = '/api/finder?flag=none&health=none&arch=flat&symptom=heel-pain&activity=walking&footwear=casual'
const PAGES = ['/', `/guides/${GUIDE.slug}`, '/guides/flat-feet', '/insoles', '/finder?flag=none&step=2', API]

/** Every page and the API answer 200 with content, each well within the limit a held request would pass. */
async function expectServing(server: NextServer) {
  for (const page of PAGES) {
    const response = await fetch(`${server.origin}${page}`, { signal: AbortSignal.timeout(10_000) })
    expect(response.status, `${server.origin}${page}`).toBe(200)
    expect(await response.text()).toMatch(page === API ? /"outcome"/ : /<h1/)
  }
}

/** Where each server's log stands now, and what each logged since then. */
const logMarks = () => servers.map((server) => server.output().length)
const loggedSince = (marks: number[]) => servers.map((server, index) => server.output().slice(marks[index]))

/** What each server logged about Redis since `marks`: one line when it went, one when it came back. */
function expectOneOutageInLog(marks: number[]) {
  loggedSince(marks).forEach((log, index) => {
    const lines = (log.match(/\[groundwork\][^\n]*/g) ?? []).filter((line) => /Redis|instances|Rate limits/.test(line))
    expect(lines, servers[index]!.output()).toEqual([expect.stringContaining('Redis is unreachable'), expect.stringContaining('Redis is back')])
  })
}

test('with Redis stopped both instances keep serving, a publish made meanwhile reaches the other when it is back, and sharing resumes', async () => {
  const [a, b] = servers as [NextServer, NextServer]
  const marks = logMarks()
  const original = (await h1(a, `/guides/${GUIDE.slug}`)).title!
  await redis.stop()
  for (const server of servers) await expectServing(server)
  setTitle(`${original}: during the outage`)
  await publish(a)
  expect((await h1(a, `/guides/${GUIDE.slug}`)).title).toBe(`${original}: during the outage`)
  await redis.start()
  // Each instance holds three connections (page cache, app, publish messages) once it is back.
  await expect.poll(() => redis.clients(), { timeout: 10_000 }).toBe(6)
  console.log(`a publish made during the outage reached the other instance ${await timeUntilServed(b, `${original}: during the outage`, AFTER_AN_OUTAGE)} ms after all had reconnected`)
  setTitle(`${original}: after the outage`)
  await publish(a)
  expect(await timeUntilServed(b, `${original}: after the outage`)).toBeLessThan(1_000)
  expectOneOutageInLog(marks)
  setTitle(original)
  await publish(a)
})

test('with Redis not answering both instances keep serving at once, and a publish made meanwhile reaches the other when it answers', async () => {
  const [a, b] = servers as [NextServer, NextServer]
  const original = (await h1(a, `/guides/${GUIDE.slug}`)).title!
  await timeUntilServed(b, original)
  const marks = logMarks()
  redis.pause()
  try {
    for (const server of servers) await expectServing(server)
    setTitle(`${original}: while Redis is silent`)
    await publish(a)
    expect((await h1(a, `/guides/${GUIDE.slug}`)).title).toBe(`${original}: while Redis is silent`)
  } finally {
    redis.resume()
  }
  console.log(`a publish made while Redis was silent reached the other instance ${await timeUntilServed(b, `${original}: while Redis is silent`, AFTER_AN_OUTAGE)} ms after it answered again`)
  await expect.poll(() => loggedSince(marks).map((log) => /Redis is back/.test(log)), { timeout: 10_000 }).toEqual([true, true])
  setTitle(`${original}: answered again`)
  await publish(b)
  expect(await timeUntilServed(a, `${original}: answered again`)).toBeLessThan(1_000)
  expectOneOutageInLog(marks)
  setTitle(original)
  await publish(a)
})

test('the finder API limit counts a client across both instances, then answers 429 with Retry-After', async () => {
  let refused: Response | undefined
  let sent = 0
  const minute = () => Math.floor(Date.now() / 60_000)
  // Counts are per minute: if the minute turns while counting, count again in the new one.
  for (let attempt = 0; attempt < 2 && !refused; attempt += 1) {
    const started = minute()
    sent = 0
    // Alternating: each instance alone sees at most half, under its limit if it counted alone.
    while (!refused && sent < API_LIMIT + 1) {
      const response = await fetch(`${servers[sent % 2]!.origin}${API}`)
      sent += 1
      if (response.status === 429) refused = response
      else expect(response.status).toBe(200)
    }
    if (minute() === started) break
  }
  expect(refused, `no 429 after ${sent} requests`).toBeDefined()
  const retryAfter = Number(refused!.headers.get('retry-after'))
  expect(retryAfter).toBeGreaterThanOrEqual(1)
  expect(retryAfter).toBeLessThanOrEqual(60)
  expect(await refused!.json()).toMatchObject({ error: 'Too many requests', retryAfterSeconds: retryAfter })
})
