// npm run bench:finder — the finder engine's time per answer set, p50 and p99,
// over 100, 1,000 and 10,000 generated insoles, with the seed's conditions.
// finderBench() gives the same figures to `npm run bench`.
import { performance } from 'node:perf_hooks'
import type { Answers } from '../../lib/finder/answers'
import { recommend, type FinderContent } from '../../lib/finder/engine'
import { ACTIVITIES, ARCH_SUPPORT, ARCH_TYPES, CUSHIONING, FIRMNESS, FOOTWEAR, HEEL_CUP, POSTING, PROFILES, SYMPTOMS } from '../../lib/domain'
import { seedFinderContent } from '../support/finder-content'

// A small deterministic generator, so every run measures the same work.
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

function generateInsoles(count: number, rand: () => number) {
  const pick = <T,>(values: readonly T[]) => values[Math.floor(rand() * values.length)]!
  const some = <T,>(values: readonly T[]) => values.filter(() => rand() < 0.4)
  return Array.from({ length: count }, (_, i) => ({
    slug: `insole-${i}`,
    name: `Insole ${String(i).padStart(5, '0')}`,
    archSupport: pick(ARCH_SUPPORT),
    firmness: pick(FIRMNESS),
    heelCup: pick(HEEL_CUP),
    posting: pick(POSTING),
    cushioning: pick(CUSHIONING),
    metatarsalPad: rand() < 0.3,
    heelLift: rand() < 0.3,
    profile: pick(PROFILES),
    activities: some(ACTIVITIES),
    footwear: some(FOOTWEAR),
  }))
}

function generateAnswers(count: number, rand: () => number): Answers[] {
  const pick = <T,>(values: readonly T[]) => values[Math.floor(rand() * values.length)]!
  return Array.from({ length: count }, () => ({
    flags: 'none' as const,
    health: 'none' as const,
    arch: pick(ARCH_TYPES),
    symptoms: SYMPTOMS.filter(() => rand() < 0.25),
    activity: pick(ACTIVITIES),
    footwear: pick(FOOTWEAR),
  }))
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!

export type FinderRow = { insoles: number; runs: number; p50: number; p99: number; mean: number }
export type FinderFigures = { conditions: number; rows: FinderRow[] }

/** The sizes the full run measures: insoles and answer sets per size. */
export const FINDER_SIZES: readonly (readonly [insoles: number, runs: number])[] = [
  [100, 2000],
  [1_000, 500],
  [10_000, 200],
]

/** p50, p99 and mean time of one recommend() per answer set, for each size of generated catalogue. */
export async function finderBench(sizes = FINDER_SIZES): Promise<FinderFigures> {
  const seed = await seedFinderContent()
  const rand = random(42)
  const rows: FinderRow[] = []
  for (const [insoleCount, runs] of sizes) {
    const content: FinderContent = { insoles: generateInsoles(insoleCount, rand), conditions: seed.conditions }
    const answerSets = generateAnswers(runs, rand)
    for (const answers of answerSets.slice(0, 20)) recommend(answers, content) // warm-up
    const times: number[] = []
    for (const answers of answerSets) {
      const start = performance.now()
      recommend(answers, content)
      times.push(performance.now() - start)
    }
    times.sort((a, b) => a - b)
    rows.push({ insoles: insoleCount, runs, p50: percentile(times, 50), p99: percentile(times, 99), mean: times.reduce((a, b) => a + b, 0) / runs })
  }
  return { conditions: seed.conditions.length, rows }
}

export const formatMs = (ms: number) => `${ms.toFixed(3)} ms`

/** The engine's own aims: fast at catalogue size, and no worse than linear as the catalogue grows. */
export function finderAims(rows: FinderRow[]) {
  const small = rows[0]!
  const large = rows[rows.length - 1]!
  const growth = large.p50 / small.p50 / (large.insoles / small.insoles)
  return [
    { aim: `p50 under 1 ms at ${small.insoles} insoles`, figure: formatMs(small.p50), met: small.p50 < 1 },
    {
      aim: 'growth no worse than linear',
      figure: `${large.insoles.toLocaleString('en-GB')} vs ${small.insoles} insoles: ${(large.p50 / small.p50).toFixed(1)}x time for ${large.insoles / small.insoles}x insoles`,
      met: growth <= 1.5,
    },
  ]
}

if (process.argv[1]?.endsWith('finder.bench.ts')) {
  finderBench()
    .then(({ conditions, rows }) => {
      console.log(`finder engine, ${conditions} conditions, Node ${process.version}`)
      console.log('insoles   runs   p50          p99          per insole (p50)')
      for (const row of rows) {
        console.log(
          `${String(row.insoles).padEnd(9)} ${String(row.runs).padEnd(6)} ${formatMs(row.p50).padEnd(12)} ${formatMs(row.p99).padEnd(12)} ${((row.p50 / row.insoles) * 1000).toFixed(2)} µs`,
        )
      }
      for (const { aim, figure, met } of finderAims(rows)) console.log(`aim: ${aim}: ${met ? 'met' : 'MISSED'} (${figure})`)
    })
    .catch((error) => {
      console.error(error)
      process.exit(1)
    })
}
