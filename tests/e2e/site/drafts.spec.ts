import { expect, test } from '@playwright/test'
import { DRAFT_MARKERS } from '../support'

test('no draft text is reachable on any public page', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  const paths = [...sitemap.matchAll(/<loc>http:\/\/localhost:3000([^<]*)<\/loc>/g)].map((match) => match[1] || '/')
  const extra = ['/guides?q=orange+lantern', '/guides?q=draft', '/guides?area=foot', '/sitemap.xml', '/robots.txt']
  for (const path of [...paths, ...extra]) {
    const body = await (await request.get(path)).text()
    for (const marker of DRAFT_MARKERS) expect(body, `${marker} on ${path}`).not.toContain(marker)
  }
  const draftOnly = await request.get('/guides/toe-walking')
  expect(draftOnly.status()).toBe(404)
})
