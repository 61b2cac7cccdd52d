// Full-page screenshots of every kind of page, at a phone width and a desktop width, from the
// production build (run `npm run build` or `npm run build:test` first).
// Usage: npm run screenshots [-- name ...]   e.g. `npm run screenshots -- guide finder-results`
// Saves screenshots/<name>-<width>.png at the repository root. SCREENSHOTS_BASE_URL=http://...
// photographs a server that is already running instead of starting one.
// `npm run screenshots:readme` also writes the first screen of a few of them, as small PNG
// files, to .github/readme/ for the README.
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import sharp from 'sharp'
import { OFFLINE_CHROMIUM_ARGS } from './browser.mjs'
import { freePort } from './free-port.mjs'

const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..')
const outDir = path.join(root, 'screenshots')
const WIDTHS = [390, 1280]
const PAGES = [
  ['home', '/'],
  ['guides', '/guides'],
  ['guide', '/guides/flat-feet'],
  ['insoles', '/insoles'],
  ['insole', '/insoles/heel-lift-plus'],
  ['exercises', '/exercises'],
  ['exercise', '/exercises/wall-calf-stretch'],
  ['finder-step-1', '/finder'],
  ['finder-step-3', '/finder?flag=none&health=none&step=3'],
  [
    'finder-results',
    '/finder/results?flag=none&health=none&arch=flat&symptom=heel-pain&activity=walking&footwear=casual',
  ],
  ['finder-care', '/finder/results?flag=saddle-numbness'],
  ['not-found', '/no-such-page'],
  ['guide-not-found', '/guides/plantar-fasciitis'],
  ['studio', '/studio'],
]

// The README's pictures: page, width, and how much of the top of the page to show.
const README_SHOTS = [
  ['home', 1280, 900],
  ['guide', 390, 1300],
  ['finder-results', 1280, 1100],
  ['insole', 390, 1300],
]
const readmeDir = path.join(root, '.github', 'readme')

const args = process.argv.slice(2)
const forReadme = args.includes('--readme')
const only = forReadme ? [...new Set(README_SHOTS.map(([name]) => name))] : args
const pages = only.length ? PAGES.filter(([name]) => only.includes(name)) : PAGES
if (!pages.length) {
  console.error(`No page called ${only.join(', ')}. Pages: ${PAGES.map(([name]) => name).join(', ')}`)
  process.exit(1)
}

const given = process.env.SCREENSHOTS_BASE_URL?.replace(/\/$/, '')
const base = given || `http://localhost:${await freePort()}`
// Its own process group, so stopping it stops npx and the Next.js server under it.
const server = given
  ? null
  : spawn('npx', ['next', 'start', '-p', new URL(base).port], {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, SITE_URL: 'http://localhost:3000', NEXT_TELEMETRY_DISABLED: '1' },
    })
const stopServer = () => {
  try {
    if (server) process.kill(-server.pid, 'SIGTERM')
  } catch {
    // Already gone.
  }
}
process.on('exit', stopServer)

async function waitForServer(timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (server && server.exitCode !== null)
      throw new Error(`next start exited with ${server.exitCode}: is there a build in .next?`)
    try {
      if ((await fetch(`${base}/`)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`the site did not answer on ${base} within ${timeoutMs / 1000} s`)
}

let failed = 0
try {
  await waitForServer()
  mkdirSync(outDir, { recursive: true })
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: OFFLINE_CHROMIUM_ARGS })
  try {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 })
      for (const [name, url] of pages) {
        const page = await context.newPage()
        const file = path.join(outDir, `${name}-${width}.png`)
        try {
          const studio = url.startsWith('/studio')
          await page.goto(`${base}${url}`, { waitUntil: studio ? 'networkidle' : 'load', timeout: 60_000 })
          // Scroll to the foot and back, so lazy pictures load, then wait for them and the font.
          await page.evaluate(async () => {
            for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
              window.scrollTo(0, y)
              await new Promise((resolve) => setTimeout(resolve, 50))
            }
            window.scrollTo(0, 0)
            await Promise.all(
              [...document.images].map((image) => (image.complete ? null : image.decode().catch(() => null))),
            )
            await document.fonts.ready
          })
          await page.screenshot({ path: file, fullPage: !studio, animations: 'disabled' })
          console.log(`${path.relative(root, file)}  ${url}`)
        } catch (error) {
          failed += 1
          console.error(`FAILED ${name} at ${width} px (${url}): ${error.message}`)
        } finally {
          await page.close()
        }
      }
      await context.close()
    }
  } finally {
    await browser.close()
  }
  if (forReadme && !failed) {
    mkdirSync(readmeDir, { recursive: true })
    for (const [name, width, height] of README_SHOTS) {
      const file = path.join(readmeDir, `${name}-${width}.png`)
      const shot = sharp(path.join(outDir, `${name}-${width}.png`))
      const { height: full } = await shot.metadata()
      await shot
        .extract({ left: 0, top: 0, width, height: Math.min(height, full) })
        .png({ compressionLevel: 9, palette: true })
        .toFile(file)
      console.log(path.relative(root, file))
    }
  }
} finally {
  stopServer()
}
process.exit(failed ? 1 : 0)
