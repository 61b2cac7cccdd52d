// HTTP load with autocannon: one route at a time, and a soak that cycles through several.
import autocannon from 'autocannon'
import { rssBytes } from './server'

export const CONNECTIONS = 50

export type LoadFigures = { requestsPerSecond: number; p50Ms: number; p99Ms: number; requests: number; non2xx: number; errors: number; timeouts: number; statusCodes: Record<string, number> }

export async function fire(url: string, seconds: number, paths?: string[]) {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    ...(paths ? { requests: paths.map((path) => ({ method: 'GET' as const, path })) } : {}),
  })
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, Number(count ?? 0)]))
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
  } satisfies LoadFigures
}

/** A warm-up whose figures are dropped, then the measured run. */
export async function loadRoute(url: string, { warmUpSeconds, seconds }: { warmUpSeconds: number; seconds: number }) {
  await fire(url, warmUpSeconds)
  return fire(url, seconds)
}

export type SoakFigures = LoadFigures & { seconds: number; rssStartBytes: number; rssEndBytes: number; rssPeakBytes: number; growth: number }

/** Load over every path in turn for `seconds`, reading the server's resident memory each second. */
export async function soak(origin: string, paths: string[], seconds: number, serverPid: number): Promise<SoakFigures> {
  const rssStartBytes = rssBytes(serverPid)
  let rssPeakBytes = rssStartBytes
  let samplingError: unknown
  const sampler = setInterval(() => {
    try {
      rssPeakBytes = Math.max(rssPeakBytes, rssBytes(serverPid))
    } catch (error) {
      samplingError ??= error
    }
  }, 1_000)
  try {
    const figures = await fire(origin, seconds, paths)
    if (samplingError) throw samplingError
    const rssEndBytes = rssBytes(serverPid)
    rssPeakBytes = Math.max(rssPeakBytes, rssEndBytes)
    return { ...figures, seconds, rssStartBytes, rssEndBytes, rssPeakBytes, growth: rssEndBytes / rssStartBytes - 1 }
  } finally {
    clearInterval(sampler)
  }
}
