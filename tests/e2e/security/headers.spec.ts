import { expect, test } from '@playwright/test'

const ROUTES = {
  home: '/',
  guide: '/guides/plantar-heel-pain',
  'finder step': '/finder?flag=none&step=2',
  results: '/finder/results?flag=none&health=none&arch=flat&activity=walking&footwear=casual',
  insole: '/insoles/everyday-balance',
  api: '/api/finder?flag=none&health=none&arch=flat&activity=walking&footwear=casual',
  studio: '/studio',
  '404': '/no-such-page',
  'malformed guide address': '/guides/%',
  'malformed insole address': '/insoles/%ff',
}

const directives = (csp: string) =>
  Object.fromEntries(csp.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]))

for (const [kind, path] of Object.entries(ROUTES)) {
  test(`security headers on the ${kind} route`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 })
    expect(response.status()).toBeLessThan(500)
    const headers = response.headers()
    expect(headers['strict-transport-security']).toMatch(/max-age=\d{8,}; includeSubDomains/)
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy']).toContain('camera=()')
    const csp = directives(headers['content-security-policy'] ?? '')
    expect(csp['script-src']).not.toContain("'unsafe-eval'")
    expect(csp['frame-ancestors']).toEqual(["'self'"])
    expect(csp['object-src']).toEqual(["'none'"])
    if (kind === 'studio') {
      expect(csp['connect-src']).toContain('https://*.sanity.io')
    } else {
      expect(csp['connect-src']).toEqual(["'self'"])
      expect(csp['default-src']).toEqual(["'self'"])
    }
  })
}

test('pages hydrate under the policy: no violations, and client navigation works', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  await page.goto('/finder')
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true))
  await page.getByLabel('None of these').check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByText('Step 2 of 6', { exact: true })).toBeVisible()
  // Still the same document: React hydrated and handled the form without a reload.
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true)
  await page.goto('/guides/plantar-heel-pain')
  await page.goto('/finder/results?flag=none&health=none&arch=flat&activity=walking&footwear=casual')
  expect(violations).toEqual([])
})

test('public pages can be served by a CDN; the API and preview never are', async ({ request, browser }) => {
  for (const path of ['/', '/guides/flat-feet', '/insoles/everyday-balance', '/exercises/heel-drops']) {
    expect((await request.get(path)).headers()['cache-control'], path).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/)
  }
  for (const path of ['/guides?q=heel', '/finder?flag=none&step=2', ROUTES.results]) {
    expect((await request.get(path)).headers()['cdn-cache-control'], path).toMatch(/max-age=\d+, stale-while-revalidate=\d+/)
  }
  expect((await request.get(ROUTES.api)).headers()['cache-control']).toBe('private, no-store')

  const context = await browser.newContext()
  const preview = await context.request.get(`/api/draft-mode/enable?secret=${(await import('../secrets')).E2E_SECRETS.preview}&redirect=/guides/flat-feet`)
  expect(preview.status()).toBe(200)
  for (const path of ['/guides/flat-feet', '/guides?q=heel']) {
    const headers = (await context.request.get(path)).headers()
    expect(headers['cache-control'], path).toMatch(/private/)
    expect(headers['cdn-cache-control'], path).toBeUndefined()
  }
  await context.close()
})

test('only cdn.sanity.io images are optimised', async ({ request }) => {
  const response = await request.get('/_next/image?url=https%3A%2F%2Fevil.example%2Fx.png&w=64&q=75')
  expect(response.status()).toBe(400)
})

test('a malformed address gets 400 and a readable page, never a bare server error', async ({ request }) => {
  for (const path of ['/guides/%', '/insoles/%ff', '/guides/%E0%A4%A', '/%']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(400)
    expect(response.headers()['content-type'], path).toContain('text/html')
    const html = await response.text()
    expect(html, path).toContain('<html lang="en-GB">')
    expect(html, path).toContain('That web address is not valid')
  }
  // A well-formed escape still reaches its page.
  expect((await request.get('/guides/flat%2Dfeet')).status()).toBe(200)
})

