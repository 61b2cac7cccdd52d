// Runs once when a server starts. With REDIS_URL: fills the shared cache with the pages this
// build prerendered (only where another instance has not written newer ones) and listens for
// publishes received by other instances.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  // The standalone server does not read next.config.ts: check the environment here too, so a
  // missing SITE_URL or a bad setting stops it at start with the variable's name.
  const { parseContentEnv } = await import('./lib/content/env')
  const { readLimits } = await import('./lib/rate-limit')
  const { readFinderCacheLimit } = await import('./lib/finder/route')
  try {
    parseContentEnv(process.env)
    readLimits(process.env)
    readFinderCacheLimit(process.env)
  } catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
  if (!process.env.REDIS_URL) return
  const { registerInitialCache } = await import('@fortedigital/nextjs-cache-handler/instrumentation')
  const CacheHandler = (await import('./lib/cache/handler.mjs')).default
  await registerInitialCache(CacheHandler as never, { setOnlyIfNotExists: true })
  const { listenForPublishes } = await import('./lib/cache/shared-redis')
  await listenForPublishes()
}
