// Runs Lighthouse in plain Node for lighthouse.ts. Not under tsx: its esbuild transform wraps the
// functions Lighthouse sends into the page in __name(), which the page lacks ("__name is not defined").
// Usage: node lighthouse-runner.mjs <chromium> <out.json> <url>...  Writes the LHRs, in order, as JSON.
import { writeFileSync } from 'node:fs'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { OFFLINE_CHROMIUM_ARGS } from '../tools/browser.mjs'

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', ...OFFLINE_CHROMIUM_ARGS]

const [chromePath, outFile, ...urls] = process.argv.slice(2)
// chrome-launcher stops Chromium on SIGINT, which is how lighthouse.ts stops this process.
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS })
try {
  const results = []
  // One Chromium for every URL; Lighthouse resets storage before each, so every run is cold.
  for (const url of urls) {
    const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' })
    if (!run) throw new Error(`Lighthouse gave no result for ${url}`)
    results.push(run.lhr)
  }
  writeFileSync(outFile, JSON.stringify(results))
} finally {
  chrome.kill()
}
