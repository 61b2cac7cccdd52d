// Gets a browser for Playwright on a fresh machine: one already there, else Playwright's
// download, else Debian's Chromium when this user can install packages, else says what to run.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { chromiumPath } from './browser.mjs'

const run = (cmd, args, timeoutMs) => spawnSync(cmd, args, { stdio: 'inherit', timeout: timeoutMs }).status === 0
const have = () => Boolean(chromiumPath()) || existsSync(chromium.executablePath())

if (have()) process.exit(0)

console.log('ensure-browser: no Chromium found; trying Playwright download')
if (run('npx', ['playwright', 'install', 'chromium'], 180_000) && have()) process.exit(0)

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log("ensure-browser: installing Debian's chromium with apt-get")
  if (run('apt-get', ['update', '-qq'], 300_000) && run('apt-get', ['install', '-y', '-qq', 'chromium'], 600_000) && have()) {
    process.exit(0)
  }
}

console.error(
  'ensure-browser: no browser for Playwright. Run `sudo apt-get install -y chromium` (or `npx playwright install chromium`), or set CHROME_PATH to a Chromium binary.',
)
process.exit(1)
