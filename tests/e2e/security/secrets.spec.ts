import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { E2E_SECRET_ENV } from '../secrets'

const STATIC_DIR = path.join(process.cwd(), '.next', 'static')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? files(full) : [full]
  })
}

test('no secret set for the build reaches the browser files', async ({ request }) => {
  // `npm run build:test` builds with every secret set and records their names.
  const built = JSON.parse(readFileSync(path.join(process.cwd(), '.next', 'built-with-test-secrets.json'), 'utf8'))
  expect(built.sort()).toEqual(Object.keys(E2E_SECRET_ENV).sort())
  const all = files(STATIC_DIR)
  expect(all.length).toBeGreaterThan(10)
  for (const file of all) {
    const text = readFileSync(file, 'latin1')
    for (const [name, value] of Object.entries(E2E_SECRET_ENV)) expect(text.includes(value), `${name} in ${file}`).toBe(false)
  }
  // Nor the HTML the server sends.
  for (const page of ['/', '/guides/flat-feet', '/finder', '/studio']) {
    const html = await (await request.get(page)).text()
    for (const [name, value] of Object.entries(E2E_SECRET_ENV)) expect(html.includes(value), `${name} on ${page}`).toBe(false)
  }
})
