import fc from 'fast-check'

// One fixed seed by default, so `npm test` checks the same cases on every run and a red run
// can be replayed. FC_SEED=random explores new cases (the long runs use it); FC_SEED=<n> replays
// the seed a failure printed.
export function configurePropertySeed(): void {
  const setting = process.env.FC_SEED ?? '20261129'
  if (setting === 'random') return
  const seed = Number(setting)
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", not ${JSON.stringify(setting)}`)
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed })
}
