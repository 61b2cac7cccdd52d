// Gets Debian's redis-server for the shared-cache tests, as ensure-browser.mjs gets Chromium:
// the one on the PATH, else apt-get when this user can install packages, else says what to run.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const have = () => spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0
if (have()) process.exit(0)

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log("ensure-redis: installing Debian's redis-server with apt-get")
  const run = (args, timeout) => spawnSync('apt-get', args, { stdio: 'inherit', timeout }).status === 0
  if (run(['update', '-qq'], 300_000) && run(['install', '-y', '-qq', 'redis-server'], 300_000) && have()) process.exit(0)
}

console.error('ensure-redis: no redis-server on the PATH. Run `sudo apt-get install -y redis-server`.')
process.exit(1)
