// Two supply checks for the test command:
// 1. next is the newest 16.x patch on the registry;
// 2. npm audit finds nothing high or critical in production dependencies.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

let failed = false

const installed = JSON.parse(readFileSync('node_modules/next/package.json', 'utf8')).version
const view = spawnSync('npm', ['view', 'next', 'versions', '--json'], { encoding: 'utf8' })
if (view.status !== 0) {
  console.error(`deps: could not ask the registry for next's versions: ${view.stderr.trim().split('\n')[0]}`)
  process.exit(1)
}
const versions = JSON.parse(view.stdout)
const newest16 = versions
  .filter((v) => /^16\.\d+\.\d+$/.test(v))
  .sort((a, b) => {
    const [, am, ap] = a.split('.').map(Number)
    const [, bm, bp] = b.split('.').map(Number)
    return am - bm || ap - bp
  })
  .at(-1)
if (installed !== newest16) {
  console.error(`deps: next ${installed} is installed but ${newest16} is the newest 16.x: run npm install next@${newest16}`)
  failed = true
} else {
  console.log(`deps: next ${installed} is the newest 16.x`)
}

const audit = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' })
let report
try {
  report = JSON.parse(audit.stdout)
} catch (error) {
  console.error(`deps: npm audit gave no readable report (${error.message})`)
  process.exit(1)
}
if (report.metadata?.vulnerabilities) {
  const { high = 0, critical = 0 } = report.metadata.vulnerabilities
  if (high + critical > 0) {
    const names = Object.values(report.vulnerabilities ?? {})
      .filter((v) => v.severity === 'high' || v.severity === 'critical')
      .map((v) => `${v.name} (${v.severity})`)
    console.error(`deps: npm audit found ${high} high and ${critical} critical in production dependencies: ${names.join(', ')}`)
    failed = true
  } else {
    console.log('deps: npm audit found nothing high or critical in production dependencies')
  }
} else {
  // Some registries (this workplace's mirror among them) refuse the audit endpoint.
  const why = report.message ?? report.error?.summary ?? 'no advisory data'
  if (process.env.AUDIT_REQUIRED === '1') {
    console.error(`deps: npm audit could not run: ${why}`)
    failed = true
  } else {
    console.warn(`deps: WARNING npm audit could not run here (${why}); no audit was done. Set AUDIT_REQUIRED=1 where the registry's audit endpoint is reachable.`)
  }
}
process.exit(failed ? 1 : 0)
