// Free loopback ports, so no test or bench depends on a fixed port another program may hold.
import { spawnSync } from 'node:child_process'
import { createServer } from 'node:net'

/** Distinct free ports on 127.0.0.1, asked of the operating system; all are held until all are known. */
export async function freePorts(count) {
  const servers = Array.from({ length: count }, () => createServer())
  await Promise.all(
    servers.map((server) => new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve))),
  )
  const ports = servers.map((server) => server.address().port)
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
  return ports
}

/** One free port on 127.0.0.1. */
export const freePort = async () => (await freePorts(1))[0]

/**
 * Several distinct free ports, synchronously (for config files that cannot await). The ports
 * are held together while they are chosen, so they differ from each other.
 */
export function freePortsSync(count) {
  const script = `
    const net = require('node:net')
    const servers = Array.from({ length: ${Number(count)} }, () => net.createServer())
    Promise.all(servers.map((s) => new Promise((ok) => s.listen(0, '127.0.0.1', ok)))).then(() => {
      process.stdout.write(JSON.stringify(servers.map((s) => s.address().port)))
      servers.forEach((s) => s.close())
    })`
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`could not find free ports: ${result.stderr.trim()}`)
  return JSON.parse(result.stdout)
}
