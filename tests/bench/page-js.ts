// The gzip bytes of JavaScript each page loads, measured in Chromium against a running server.
// Usage: tsx tests/bench/page-js.ts http://localhost:3000 /guides/flat-feet /finder
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { chromiumPath, OFFLINE_CHROMIUM_ARGS } from '../tools/browser.mjs'

export type ScriptFile = { url: string; gzipBytes: number }
export type PageJs = { path: string; scripts: number; gzipBytes: number; files: ScriptFile[] }

export async function pageJs(base: string, paths: string[]) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: OFFLINE_CHROMIUM_ARGS })
  const results: PageJs[] = []
  try {
    for (const path of paths) {
      const page = await browser.newPage()
      const bodies: Promise<ScriptFile>[] = []
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') bodies.push(response.body().then((body) => ({ url: response.url(), gzipBytes: gzipSync(body).length })))
      })
      await page.goto(new URL(path, base).toString(), { waitUntil: 'networkidle' })
      const files = await Promise.all(bodies)
      results.push({ path, scripts: files.length, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0), files })
      await page.close()
    }
  } finally {
    await browser.close()
  }
  return results
}

if (process.argv[1]?.endsWith('page-js.ts')) {
  const [base = 'http://localhost:3000', ...paths] = process.argv.slice(2)
  pageJs(base, paths.length ? paths : ['/', '/guides/flat-feet', '/finder', '/finder/results?flag=none&health=none&arch=flat&activity=walking&footwear=casual'])
    .then((rows) => {
      for (const row of rows) console.log(`${row.path.padEnd(50)} ${String(row.scripts).padStart(3)} scripts  ${(row.gzipBytes / 1024).toFixed(1)} KiB gzip`)
    })
    .catch((error) => {
      console.error(error)
      process.exit(1)
    })
}
