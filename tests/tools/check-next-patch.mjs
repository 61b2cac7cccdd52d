// next is the newest 16.x patch on the registry. Run weekly (npm run deps:check), not in
// `npm test`: a patch published overnight must not turn an unchanged checkout red.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const installed = JSON.parse(readFileSync('node_modules/next/package.json', 'utf8')).version
const view = spawnSync('npm', ['view', 'next', 'versions', '--json'], { encoding: 'utf8' })
if (view.status !== 0) {
  console.error(`deps: could not ask the registry for next's versions: ${view.stderr.trim().split('\n')[0]}`)
  process.exit(1)
}
const newest16 = JSON.parse(view.stdout)
  .filter((v) => /^16\.\d+\.\d+$/.test(v))
  .sort((a, b) => {
    const [, am, ap] = a.split('.').map(Number)
    const [, bm, bp] = b.split('.').map(Number)
    return am - bm || ap - bp
  })
  .at(-1)
if (installed !== newest16) {
  console.error(`deps: next ${installed} is installed but ${newest16} is the newest 16.x: run npm install next@${newest16}`)
  process.exit(1)
}
console.log(`deps: next ${installed} is the newest 16.x`)
