// Two instances sharing one Redis, against one instance alone: throughput on a guide, a
// publish crossing instances, and a soak over both with Redis stopped and started mid-way.
import { cpSync, rmSync } from 'node:fs'
import path from 'node:path'
import { redisServer } from '../support/redis-server'
import { freePorts } from '../tools/free-port.mjs'
import { CONNECTIONS, fire, type LoadFigures } from './load'
import { measurePublish, type PublishFigures } from './publish'
import { startNext, type NextServer } from './server'

export type ScaleFigures = {
  twoInstancesGuide: { requestsPerSecond: number; perInstance: LoadFigures[] }
  publishAcross: PublishFigures
  outageSoak: { seconds: number; redisStoppedAt: number; redisStartedAt: number; requests: number; errors: number; non2xx: number; timeouts: number }
}

type Options = {
  distDir: string
  env: NodeJS.ProcessEnv
  datasetFile: string
  secret: string
  guidePath: string
  soakPaths: string[]
  seconds: { warmUp: number; load: number; soak: number }
  publishRuns: number
  onStop: (stop: () => void) => void
  step: (message: string) => void
}

export async function scaleBench(options: Options): Promise<ScaleFigures> {
  const [redisPort, portA, portB] = (await freePorts(3)) as [number, number, number]
  const redis = redisServer(redisPort)
  await redis.start()
  options.onStop(() => void redis.stop())
  const copies = ['a', 'b'].map((name) => `${options.distDir}-${name}`)
  const servers: NextServer[] = []
  try {
    for (const copy of copies) {
      rmSync(copy, { recursive: true, force: true })
      cpSync(options.distDir, copy, { recursive: true, filter: (source) => !(path.basename(source) === 'cache' && path.dirname(source) === options.distDir) })
    }
    const env = (distDir: string) => ({ ...options.env, NEXT_DIST_DIR: distDir, REDIS_URL: redis.url, EMBEDDED_DATASET_FILE: options.datasetFile, SANITY_REVALIDATE_SECRET: options.secret })
    for (const [i, port] of [portA, portB].entries()) {
      const server = await startNext(env(copies[i]!), port)
      servers.push(server)
      options.onStop(server.stop)
    }
    const [a, b] = servers as [NextServer, NextServer]

    options.step(`scale: guide on two instances sharing Redis, ${CONNECTIONS} connections each`)
    const guideA = new URL(options.guidePath, a.origin).toString()
    const guideB = new URL(options.guidePath, b.origin).toString()
    await Promise.all([fire(guideA, options.seconds.warmUp), fire(guideB, options.seconds.warmUp)])
    const perInstance = await Promise.all([fire(guideA, options.seconds.load), fire(guideB, options.seconds.load)])

    options.step(`scale: ${options.publishRuns} publishes sent to one instance, read from the other`)
    const publishAcross = await measurePublish(a.origin, options.datasetFile, options.secret, options.publishRuns, b.origin)

    options.step(`scale: ${options.seconds.soak} s soak over both, Redis stopped at a third and started at two thirds`)
    const third = options.seconds.soak / 3
    const outage = (async () => {
      await new Promise((resolve) => setTimeout(resolve, third * 1000))
      await redis.stop()
      await new Promise((resolve) => setTimeout(resolve, third * 1000))
      await redis.start()
    })()
    const soaks = await Promise.all(servers.map((server) => fire(server.origin, options.seconds.soak, options.soakPaths)))
    await outage
    return {
      twoInstancesGuide: { requestsPerSecond: perInstance.reduce((sum, figures) => sum + figures.requestsPerSecond, 0), perInstance },
      publishAcross,
      outageSoak: {
        seconds: options.seconds.soak,
        redisStoppedAt: third,
        redisStartedAt: 2 * third,
        requests: soaks.reduce((sum, s) => sum + s.requests, 0),
        errors: soaks.reduce((sum, s) => sum + s.errors, 0),
        non2xx: soaks.reduce((sum, s) => sum + s.non2xx, 0),
        timeouts: soaks.reduce((sum, s) => sum + s.timeouts, 0),
      },
    }
  } finally {
    for (const server of servers) server.stop()
    await redis.stop()
    for (const copy of copies) rmSync(copy, { recursive: true, force: true })
  }
}
