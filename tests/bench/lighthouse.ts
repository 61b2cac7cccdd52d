// Lighthouse 12 with its default config (mobile, simulated throttling) in Debian's Chromium.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Result } from 'lighthouse'
import { chromiumPath } from '../tools/browser.mjs'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

export type LighthouseFigures = {
  url: string
  scores: Record<(typeof CATEGORIES)[number], number | null>
  lcpMs: number | null
  tbtMs: number | null
  cls: number | null
  warnings: string[]
  /** Weighted audits that scored below 1, so a missed 100 says why. */
  shortfalls: { category: string; audit: string; title: string; score: number | null; detail: string }[]
}

type Audit = Result['audits'][string]

/** The audit's display value and the first few things it names (URLs, snippets), for the report. */
function detail(audit: Audit) {
  const items = (audit.details && 'items' in audit.details ? audit.details.items : []) as Record<string, unknown>[]
  const name = (item: Record<string, unknown>) => {
    const pick = (value: unknown) => (typeof value === 'string' ? value : value && typeof value === 'object' ? ((value as { url?: string; snippet?: string }).url ?? (value as { snippet?: string }).snippet) : undefined)
    return pick(item.sourceLocation) ?? pick(item.url) ?? pick(item.source) ?? pick(item.node) ?? pick(item.description)
  }
  return [audit.displayValue, ...items.slice(0, 3).map(name)].filter(Boolean).join('; ')
}

function figures(lhr: Result): LighthouseFigures {
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${lhr.finalDisplayedUrl}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null
  const score = (id: string) => lhr.categories[id]?.score
  return {
    url: lhr.requestedUrl ?? lhr.finalDisplayedUrl,
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, score(id) == null ? null : Math.round(score(id)! * 100)])) as LighthouseFigures['scores'],
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    warnings: lhr.runWarnings.map(String),
    shortfalls: CATEGORIES.flatMap((category) =>
      (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id]!)
        .filter((audit) => audit.score !== null && audit.score < 1)
        .map((audit) => ({ category, audit: audit.id, title: audit.title, score: audit.score, detail: detail(audit) })),
    ),
  }
}

/**
 * Several runs of one page as one figure: the lowest score in each category (a page is at 100
 * only if every run is), the slowest LCP and TBT, the worst CLS, and each shortfall at its worst.
 */
export function worstOf(runs: LighthouseFigures[]): LighthouseFigures & { runs: number } {
  const worst = (pick: (run: LighthouseFigures) => number | null) =>
    runs.map(pick).reduce<number | null>((a, b) => (a === null ? b : b === null ? a : Math.max(a, b)), null)
  // Each shortfall once, as it was in its worst run.
  const shortfalls = new Map<string, LighthouseFigures['shortfalls'][number]>()
  for (const shortfall of runs.flatMap((run) => run.shortfalls)) {
    const key = `${shortfall.category} ${shortfall.audit}`
    const seen = shortfalls.get(key)
    if (!seen || (shortfall.score ?? 0) < (seen.score ?? 0)) shortfalls.set(key, shortfall)
  }
  return {
    url: runs[0]!.url,
    runs: runs.length,
    scores: Object.fromEntries(
      CATEGORIES.map((id) => {
        const scores = runs.map((run) => run.scores[id])
        return [id, scores.includes(null) ? null : Math.min(...(scores as number[]))]
      }),
    ) as LighthouseFigures['scores'],
    lcpMs: worst((run) => run.lcpMs),
    tbtMs: worst((run) => run.tbtMs),
    cls: worst((run) => run.cls),
    warnings: [...new Set(runs.flatMap((run) => run.warnings))],
    shortfalls: [...shortfalls.values()],
  }
}

/** onStart receives a function that stops the run (and its Chromium), for the caller's cleanup. */
export async function runLighthouse(urls: string[], onStart: (stop: () => void) => void = () => {}): Promise<LighthouseFigures[]> {
  const chromePath = chromiumPath()
  if (!chromePath) throw new Error('no Chromium for Lighthouse: set CHROME_PATH or run apt-get install -y chromium')
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-lighthouse-'))
  const outFile = path.join(dir, 'lhr.json')
  try {
    const runner = spawn(process.execPath, [path.join(import.meta.dirname, 'lighthouse-runner.mjs'), chromePath, outFile, ...urls], { stdio: ['ignore', 'inherit', 'inherit'] })
    onStart(() => {
      runner.kill('SIGINT')
      rmSync(dir, { recursive: true, force: true })
    })
    const [code, signal] = (await once(runner, 'exit')) as [number | null, NodeJS.Signals | null]
    if (code !== 0) throw new Error(`Lighthouse runner failed (${signal ?? `exit ${code}`}); its output is above`)
    return (JSON.parse(readFileSync(outFile, 'utf8')) as Result[]).map(figures)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
