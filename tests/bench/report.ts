// The benchmark's figures, the aims they are held to, and the printed report.
import { finderAims, formatMs, type FinderFigures } from './finder.bench'
import type { JsBreakdown } from './js-origin'
import { CATEGORIES, type LighthouseFigures } from './lighthouse'
import { CONNECTIONS, type LoadFigures, type SoakFigures } from './load'
import { PUBLISH_AIM_MS, type PublishFigures } from './publish'
import type { ScaleFigures } from './scale'

export type BenchResults = {
  meta: {
    startedAt: string
    finishedAt: string
    mode: 'quick' | 'full'
    node: string
    cpus: number
    loadAverageAtStart: number[]
    loadAverageAtEnd: number[]
    commit: string | null
    versions: Record<string, string>
    durations: { warmUpSeconds: number; routeSeconds: number; soakSeconds: number; connections: number }
    /** The finder answers the results page and the API are asked with. */
    answers: string
  }
  load: { name: string; path: string; figures: LoadFigures }[]
  bare: { bytes: number; contentType: string; figures: LoadFigures; nextOverBare: number }
  lighthouse: ({ name: string; path: string; runs?: number } & LighthouseFigures)[]
  js: { name: string; path: string; scripts: number; gzipBytes: number; breakdown: JsBreakdown }[]
  finder: FinderFigures
  soak: { paths: string[] } & SoakFigures
  publish: PublishFigures
  scale: ScaleFigures
}

export type Aim = { aim: string; figure: string; met: boolean }

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`
const whole = (n: number) => Math.round(n).toLocaleString('en-GB')
const mark = (met: boolean) => (met ? '✓' : '✗')
const failures = (f: LoadFigures) => f.errors + f.non2xx

export const GUIDE = 'guide'
export const MEMORY_GROWTH_AIM = 0.2

export function aims(results: BenchResults): Aim[] {
  // The results page is noindex on purpose (answers in its address), so its SEO score is not an aim.
  const scores = results.lighthouse.flatMap((page) =>
    CATEGORIES.filter((category) => !(page.name === 'results' && category === 'seo')).map((category) => ({ page: page.name, category, score: page.scores[category] })),
  )
  const below = scores.filter(({ score }) => score !== 100)
  const runs = Math.min(...results.lighthouse.map((page) => page.runs ?? 1))
  const guide = results.js.find((page) => page.name === GUIDE)
  const loaded = [...results.load.map((route) => route.figures), results.soak]
  const errors = loaded.reduce((sum, f) => sum + f.errors, 0)
  const non2xx = loaded.reduce((sum, f) => sum + f.non2xx, 0)
  const requests = loaded.reduce((sum, f) => sum + f.requests, 0)
  return [
    {
      aim: `Lighthouse 100 in every category on every page (results: SEO aside), in each of ${runs} run${runs === 1 ? '' : 's'} in a row`,
      figure: below.length ? below.map(({ page, category, score }) => `${page} ${category} ${score ?? 'n/a'}`).join(', ') : `${scores.length}/${scores.length} at 100`,
      met: below.length === 0 && scores.length > 0,
    },
    {
      aim: "the guide loads no JavaScript of its own beyond the framework's",
      figure: guide
        ? `page's own ${kib(guide.breakdown.page.gzipBytes)}${guide.breakdown.page.modules.length ? ` (${guide.breakdown.page.modules.join(', ')})` : ''}; site-wide ${kib(guide.breakdown.site.gzipBytes)}`
        : 'not measured',
      met: !!guide && guide.breakdown.page.gzipBytes === 0,
    },
    {
      aim: '0 errors under load (routes and soak)',
      figure: `${errors} errors, ${non2xx} non-2xx in ${whole(requests)} requests`,
      met: errors + non2xx === 0,
    },
    {
      aim: `server memory growth under ${MEMORY_GROWTH_AIM * 100}% in the soak`,
      figure: `${(results.soak.growth * 100).toFixed(1)}% (RSS ${mib(results.soak.rssStartBytes)} → ${mib(results.soak.rssEndBytes)})`,
      met: results.soak.growth < MEMORY_GROWTH_AIM,
    },
    {
      aim: `a signed publish webhook to the updated guide HTML under ${PUBLISH_AIM_MS / 1000} s`,
      figure: `p50 ${Math.round(results.publish.p50Ms)} ms, max ${Math.round(results.publish.maxMs)} ms over ${results.publish.runs} publishes`,
      met: results.publish.maxMs < PUBLISH_AIM_MS,
    },
    ...shopperAims(results),
    ...scaleAims(results),
    ...finderAims(results.finder.rows).map((aim) => ({ ...aim, aim: `finder engine: ${aim.aim}` })),
  ]
}

/** The shopper's pages are served from the page cache per answer set: at least half a guide's rate. */
function shopperAims(results: BenchResults): Aim[] {
  const rate = (name: string) => results.load.find((route) => route.name === name)?.figures.requestsPerSecond ?? 0
  const guide = rate(GUIDE)
  return ['finder step', 'results'].map((name) => ({
    aim: `${name} at half a guide's requests/s or better`,
    figure: `${whole(rate(name))} against ${whole(guide)} req/s (${(rate(name) / guide).toFixed(2)}x)`,
    met: rate(name) >= guide / 2,
  }))
}

export const SHARED_RATE_AIM = 0.9

function scaleAims(results: BenchResults): Aim[] {
  const alone = results.load.find((route) => route.name === GUIDE)?.figures.requestsPerSecond ?? 0
  const { twoInstancesGuide: two, publishAcross: publish, outageSoak: soak } = results.scale
  return [
    {
      aim: `two instances sharing Redis serve a guide at ${SHARED_RATE_AIM}x one instance alone or better`,
      figure: `${whole(two.requestsPerSecond)} against ${whole(alone)} req/s (${(two.requestsPerSecond / alone).toFixed(2)}x)`,
      met: two.requestsPerSecond >= SHARED_RATE_AIM * alone,
    },
    {
      aim: `a publish sent to one instance is served by the other under ${PUBLISH_AIM_MS / 1000} s`,
      figure: `p50 ${Math.round(publish.p50Ms)} ms, max ${Math.round(publish.maxMs)} ms over ${publish.runs} publishes`,
      met: publish.maxMs < PUBLISH_AIM_MS,
    },
    {
      aim: 'no errors while Redis is stopped and started under load',
      figure: `${soak.errors} errors, ${soak.non2xx} non-2xx, ${soak.timeouts} timeouts in ${whole(soak.requests)} requests over ${soak.seconds} s`,
      met: soak.errors + soak.non2xx + soak.timeouts === 0,
    },
  ]
}

/** Columns padded to their widest cell; numbers right-aligned. */
function table(headers: string[], rows: (string | number)[][]) {
  const cells = [headers, ...rows.map((row) => row.map(String))]
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => [...(row[i] ?? '')].length)))
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((row) => /^[\d,.+\-% ]+(ms|s|KiB|MiB|x)?$/.test(String(row[i]))))
  const pad = (text: string, i: number) => (numeric[i] ? text.padStart(widths[i]!) : text.padEnd(widths[i]!))
  return cells.map((row) => '  ' + row.map((cell, i) => pad(cell, i)).join('  ').trimEnd()).join('\n')
}

export function renderReport(results: BenchResults, reached: Aim[]) {
  const { meta } = results
  const d = meta.durations
  const short = (path: string) => path.replace(meta.answers, '<answers>')
  const out: string[] = []
  out.push(
    `Groundwork bench, ${meta.mode} run, ${meta.startedAt}`,
    `Node ${meta.node}, ${meta.cpus} CPUs, load average ${meta.loadAverageAtStart.map((n) => n.toFixed(2)).join(' ')} at start; figures taken while other work runs are noisy.`,
    `<answers> = ${meta.answers}`,
    '',
    `HTTP load: autocannon ${meta.versions.autocannon}, ${d.connections} connections, ${d.routeSeconds} s per route after a ${d.warmUpSeconds} s warm-up (aim: 0 errors, 0 non-2xx)`,
    table(
      ['route', 'path', 'req/s', 'p50', 'p99', 'non-2xx', 'errors', 'aim'],
      [
        ...results.load.map(({ name, path, figures: f }) => [name, short(path), whole(f.requestsPerSecond), `${f.p50Ms} ms`, `${f.p99Ms} ms`, f.non2xx, f.errors, mark(failures(f) === 0)]),
        ['bare node:http', `the guide's ${kib(results.bare.bytes)}`, whole(results.bare.figures.requestsPerSecond), `${results.bare.figures.p50Ms} ms`, `${results.bare.figures.p99Ms} ms`, results.bare.figures.non2xx, results.bare.figures.errors, ''],
      ],
    ),
    `  the guide under Next: ${(results.bare.nextOverBare * 100).toFixed(1)}% of the bare server's rate (ratio ${results.bare.nextOverBare.toFixed(3)})`,
    '',
    `Lighthouse ${meta.versions.lighthouse}, mobile (default config, simulated throttling), Chromium, after one warm-up run (aim: 100 in every category)`,
    table(
      ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'TBT', 'CLS', 'aim'],
      results.lighthouse.map((page) => [
        page.name,
        ...CATEGORIES.map((category) => page.scores[category] ?? 'n/a'),
        page.lcpMs === null ? 'n/a' : `${(page.lcpMs / 1000).toFixed(2)} s`,
        page.tbtMs === null ? 'n/a' : `${Math.round(page.tbtMs)} ms`,
        page.cls === null ? 'n/a' : page.cls.toFixed(3),
        mark(CATEGORIES.every((category) => page.scores[category] === 100)),
      ]),
    ),
  )
  const shortfalls = results.lighthouse.flatMap((page) => page.shortfalls.map((s) => `  ${page.name}: ${s.category} ${s.audit} ${s.score}${s.detail ? ` (${s.detail})` : ''}`))
  if (shortfalls.length) out.push('  audits below full marks:', ...shortfalls.map((line) => `  ${line}`))
  const warnings = [...new Set(results.lighthouse.flatMap((page) => page.warnings))]
  if (warnings.length) out.push('  Lighthouse warnings:', ...warnings.map((w) => `    ${w}`))
  out.push(
    '',
    `JavaScript each page loads, gzip, in Chromium (aim: the guide loads none of its own beyond the framework's)`,
    table(
      ['page', 'scripts', 'total', 'framework', 'site-wide', "page's own", 'aim'],
      results.js.map(({ name, scripts, gzipBytes, breakdown: b }) => [
        name,
        scripts,
        kib(gzipBytes),
        kib(b.framework.gzipBytes),
        kib(b.site.gzipBytes),
        kib(b.page.gzipBytes),
        name === GUIDE ? mark(b.page.gzipBytes === 0) : '',
      ]),
    ),
    ...results.js.flatMap(({ name, breakdown: b }) =>
      b.site.modules.length || b.page.modules.length
        ? [`  ${name}: site-wide ${[...new Set(b.site.modules)].join(', ') || 'none'}; page's own ${[...new Set(b.page.modules)].join(', ') || 'none'}`]
        : [],
    ),
    '',
    `Finder engine, ${results.finder.conditions} conditions: time per answer set`,
    table(
      ['insoles', 'answer sets', 'p50', 'p99', 'mean'],
      results.finder.rows.map((row) => [whole(row.insoles), whole(row.runs), formatMs(row.p50), formatMs(row.p99), formatMs(row.mean)]),
    ),
    '',
    `Soak: ${results.soak.seconds} s at ${CONNECTIONS} connections over ${results.soak.paths.length} routes in turn (aims: 0 errors, RSS growth under ${MEMORY_GROWTH_AIM * 100}%)`,
    table(
      ['requests', 'req/s', 'p99', 'non-2xx', 'errors', 'RSS start', 'RSS end', 'RSS peak', 'growth', 'aims'],
      [
        [
          whole(results.soak.requests),
          whole(results.soak.requestsPerSecond),
          `${results.soak.p99Ms} ms`,
          results.soak.non2xx,
          results.soak.errors,
          mib(results.soak.rssStartBytes),
          mib(results.soak.rssEndBytes),
          mib(results.soak.rssPeakBytes),
          `${(results.soak.growth * 100).toFixed(1)}%`,
          `${mark(failures(results.soak) === 0)} ${mark(results.soak.growth < MEMORY_GROWTH_AIM)}`,
        ],
      ],
    ),
    '',
    `Publish: a signed webhook, then a GET of the guide, embedded dataset (aim: under ${PUBLISH_AIM_MS / 1000} s)`,
    table(
      ['publishes', 'p50', 'max', 'aim'],
      [[results.publish.runs, `${Math.round(results.publish.p50Ms)} ms`, `${Math.round(results.publish.maxMs)} ms`, mark(results.publish.maxMs < PUBLISH_AIM_MS)]],
    ),
    '',
    'Aims',
    table(
      ['', 'aim', 'figure'],
      reached.map(({ aim, figure, met }) => [mark(met), aim, figure]),
    ),
  )
  return out.join('\n')
}
