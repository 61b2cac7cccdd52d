// npm run bench — builds into .next-bench, serves it on loopback and prints one report: HTTP load,
// Lighthouse, JavaScript per page, the finder engine and a soak, each with its aim. The same
// figures go to bench/results/. Exits 0 when a figure misses its aim; non-zero when it cannot measure.
// BENCH_QUICK=1 shortens every run (for development); BENCH_SKIP_BUILD=1 reuses the last .next-bench build.
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { finderBench, FINDER_SIZES } from './finder.bench'
import { scaleBench } from './scale'
import { jsBreakdown } from './js-origin'
import { runLighthouse, worstOf } from './lighthouse'
import { CONNECTIONS, loadRoute, soak } from './load'
import { pageJs } from './page-js'
import { measurePublish } from './publish'
import { chromiumPath } from '../tools/browser.mjs'
import { freePorts } from '../tools/free-port.mjs'
import { aims, GUIDE, renderReport, type BenchResults } from './report'
import { buildSite, startBareServer, startNext } from './server'

const QUICK = process.env.BENCH_QUICK === '1'
const DIST_DIR = '.next-bench'
const LIGHTHOUSE_RUNS = QUICK ? 1 : 3
const DURATIONS = QUICK ? { warmUpSeconds: 1, routeSeconds: 3, soakSeconds: 10 } : { warmUpSeconds: 5, routeSeconds: 20, soakSeconds: 60 }

const ANSWERS = 'flag=none&health=none&arch=flat&symptom=heel-pain&activity=walking&footwear=casual'
// appRoute: the page's route in app/, to find its client manifest; the API has no page.
const ROUTES = [
  { name: 'home', path: '/', appRoute: '/(site)/page' },
  { name: GUIDE, path: '/guides/flat-feet', appRoute: '/(site)/guides/[slug]/page' },
  { name: 'insole', path: '/insoles/heel-lift-plus', appRoute: '/(site)/insoles/[slug]/page' },
  // flag and health answered, so step 3 (arch type) is shown rather than sent back to step 1.
  { name: 'finder step', path: '/finder?flag=none&health=none&step=3', appRoute: '/(site)/finder/answers/[key]/page' },
  { name: 'results', path: `/finder/results?${ANSWERS}`, appRoute: '/(site)/finder/results/answers/[key]/page' },
  { name: 'api', path: `/api/finder?${ANSWERS}` },
] as const
const PAGES = ROUTES.filter((route) => 'appRoute' in route)

// Rate limits off: the load test sends thousands of requests a minute from one address on purpose.
const env = { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: process.env.SITE_URL ?? 'http://localhost:3000', RATE_LIMIT_FINDER_API_PER_MINUTE: '0', RATE_LIMIT_WEBHOOK_PER_MINUTE: '0' }
const version = (name: string) => (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version
const step = (message: string) => console.error(`bench: ${message}`)

// What runs outside this process (the server's group, Lighthouse's Chromium) is stopped on every way out.
const cleanups = new Set<() => void>()
const cleanUp = () => {
  for (const stop of cleanups) stop()
  cleanups.clear()
}
process.on('exit', cleanUp)
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    step(`${signal}: stopping`)
    cleanUp()
    process.exit(code)
  })
}

async function main() {
  const startedAt = new Date()
  const loadAverageAtStart = os.loadavg()
  step(`${QUICK ? 'quick' : 'full'} run: ${JSON.stringify(DURATIONS)}`)

  step('finder engine')
  const finder = await finderBench(QUICK ? FINDER_SIZES.slice(0, 2).map(([insoles, runs]) => [insoles, Math.ceil(runs / 5)] as const) : FINDER_SIZES)

  if (process.env.BENCH_SKIP_BUILD === '1') step(`reusing the build in ${DIST_DIR}`)
  else {
    step(`next build into ${DIST_DIR}`)
    await buildSite(env)
  }

  // The server reads a copy of the seed and knows a webhook secret, so a publish can be timed.
  const datasetFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'groundwork-bench-')), 'production.ndjson')
  copyFileSync('sanity/seed/production.ndjson', datasetFile)
  const webhookSecret = randomBytes(24).toString('base64url')

  // Free loopback ports: a program holding a fixed port must not fail the bench.
  const [PORT, BARE_PORT] = (await freePorts(2)) as [number, number]
  step(`next start on port ${PORT}`)
  const server = await startNext({ ...env, EMBEDDED_DATASET_FILE: datasetFile, SANITY_REVALIDATE_SECRET: webhookSecret }, PORT)
  cleanups.add(server.stop)
  const url = (routePath: string) => new URL(routePath, server.origin).toString()

  // A wrong URL would measure an error page: stop here instead.
  for (const route of ROUTES) {
    const response = await fetch(url(route.path), { redirect: 'manual' })
    if (response.status !== 200) throw new Error(`${route.name} ${route.path} answered ${response.status}, not 200`)
  }

  step('Lighthouse')
  // Each page LIGHTHOUSE_RUNS times in a row (the pages in turn): a score counts only if every run reaches it.
  // First one warm-up run whose figures are dropped, as in the load tests: the browser's first
  // page after it starts is slower than any a reader's browser would load.
  const [, ...lighthouseRuns] = await runLighthouse(
    [url(PAGES[0]!.path), ...Array.from({ length: LIGHTHOUSE_RUNS }, () => PAGES.map((page) => url(page.path))).flat()],
    (stop) => cleanups.add(stop),
  )
  const lighthouse = PAGES.map((page, i) => ({
    name: page.name,
    path: page.path,
    ...worstOf(lighthouseRuns.filter((_, run) => run % PAGES.length === i)),
  }))

  step('JavaScript per page')
  const loaded = await pageJs(server.origin, PAGES.map((page) => page.path))
  const js = PAGES.map((page, i) => {
    const { scripts, gzipBytes } = loaded[i]!
    return { name: page.name, path: page.path, scripts, gzipBytes, breakdown: jsBreakdown(DIST_DIR, page.appRoute, loaded[i]!) }
  })

  const load = []
  for (const route of ROUTES) {
    step(`load: ${route.name}`)
    load.push({ name: route.name, path: route.path, figures: await loadRoute(url(route.path), { warmUpSeconds: DURATIONS.warmUpSeconds, seconds: DURATIONS.routeSeconds }) })
  }

  step('load: bare node:http server with the guide’s bytes')
  const guide = ROUTES.find((route) => route.name === GUIDE)!
  const guideResponse = await fetch(url(guide.path))
  const guideBytes = Buffer.from(await guideResponse.arrayBuffer())
  const contentType = guideResponse.headers.get('content-type') ?? 'text/html'
  const bareServer = await startBareServer(guideBytes, contentType, BARE_PORT)
  let bareFigures
  try {
    bareFigures = await loadRoute(bareServer.origin, { warmUpSeconds: DURATIONS.warmUpSeconds, seconds: DURATIONS.routeSeconds })
  } finally {
    await bareServer.close()
  }
  const guideLoad = load.find((route) => route.name === GUIDE)!.figures

  step(`soak: ${DURATIONS.soakSeconds} s`)
  const soakPaths = ROUTES.map((route) => route.path)
  const soakFigures = await soak(server.origin, soakPaths, DURATIONS.soakSeconds, server.pid)

  step('publish: webhook to fresh HTML')
  const publish = await measurePublish(server.origin, datasetFile, webhookSecret, QUICK ? 3 : 10)

  server.stop()
  cleanups.delete(server.stop)

  step('scale: two instances and one Redis')
  const scale = await scaleBench({
    distDir: DIST_DIR,
    env,
    datasetFile,
    secret: webhookSecret,
    guidePath: guide.path,
    soakPaths,
    seconds: { warmUp: DURATIONS.warmUpSeconds, load: DURATIONS.routeSeconds, soak: QUICK ? 15 : 60 },
    publishRuns: QUICK ? 3 : 10,
    onStop: (stop) => cleanups.add(stop),
    step,
  })

  const results: BenchResults = {
    meta: {
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      mode: QUICK ? 'quick' : 'full',
      node: process.version,
      cpus: os.cpus().length,
      loadAverageAtStart,
      loadAverageAtEnd: os.loadavg(),
      commit: gitCommit(),
      versions: { next: version('next'), lighthouse: version('lighthouse'), autocannon: version('autocannon'), chromium: chromiumVersion() },
      durations: { ...DURATIONS, connections: CONNECTIONS },
      answers: ANSWERS,
    },
    load,
    bare: { bytes: guideBytes.length, contentType, figures: bareFigures, nextOverBare: guideLoad.requestsPerSecond / bareFigures.requestsPerSecond },
    lighthouse,
    js,
    finder,
    soak: { paths: soakPaths, ...soakFigures },
    publish,
    scale,
  }
  const reached = aims(results)
  const json = JSON.stringify({ ...results, aims: reached }, null, 2)
  mkdirSync('bench/results', { recursive: true })
  const file = path.join('bench/results', `bench-${results.meta.startedAt.replace(/:/g, '-')}.json`)
  writeFileSync(file, json)
  writeFileSync('bench/results/latest.json', json)

  console.log(renderReport(results, reached))
  console.log(`\nJSON: ${file} and bench/results/latest.json`)
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return null // Not a git checkout: the figures stand without it.
  }
}

function chromiumVersion() {
  try {
    return execFileSync(chromiumPath() ?? 'chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return 'unknown'
  }
}

main().catch((error) => {
  console.error(`bench: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  cleanUp()
  process.exit(1)
})
