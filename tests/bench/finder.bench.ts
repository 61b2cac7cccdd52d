// npm run bench:finder — the finder engine's time per answer set, p50 and p99,
// over 100 and over 10,000 generated insoles, with the seed's conditions.
import { performance } from 'node:perf_hooks'
import type { Answers } from '../../lib/finder/answers'
import { recommend, type FinderContent } from '../../lib/finder/engine'
import { ACTIVITIES, ARCH_SUPPORT, ARCH_TYPES, CUSHIONING, FIRMNESS, FOOTWEAR, HEEL_CUP, POSTING, PROFILES, SYMPTOMS } from '../../lib/finder/vocabulary'
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
    arch: pick(ARCH_TYPES),
    symptoms: SYMPTOMS.filter(() => rand() < 0.25),
    activity: pick(ACTIVITIES),
    footwear: pick(FOOTWEAR),
  }))
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!

async function main() {
  const seed = await seedFinderContent()
  const rand = random(42)
  const rows: { insoles: number; runs: number; p50: number; p99: number; mean: number }[] = []
  for (const [insoleCount, runs] of [
    [100, 2000],
    [1_000, 500],
    [10_000, 200],
  ] as const) {
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

  const fmt = (ms: number) => `${ms.toFixed(3)} ms`
  console.log(`finder engine, ${seed.conditions.length} conditions, Node ${process.version}`)
  console.log('insoles   runs   p50          p99          per insole (p50)')
  for (const row of rows) {
    console.log(
      `${String(row.insoles).padEnd(9)} ${String(row.runs).padEnd(6)} ${fmt(row.p50).padEnd(12)} ${fmt(row.p99).padEnd(12)} ${((row.p50 / row.insoles) * 1000).toFixed(2)} µs`,
    )
  }
  const small = rows[0]!
  const large = rows[rows.length - 1]!
  const growth = large.p50 / small.p50 / (large.insoles / small.insoles)
  console.log(`aim: p50 under 1 ms at 100 insoles: ${small.p50 < 1 ? 'met' : 'MISSED'} (${fmt(small.p50)})`)
  console.log(`aim: growth no worse than linear: ${growth <= 1.5 ? 'met' : 'MISSED'} (10,000 vs 100 insoles: ${(large.p50 / small.p50).toFixed(1)}x time for 100x insoles)`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
