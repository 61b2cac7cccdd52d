import { expect, test, type Page } from '@playwright/test'

// No network here: answer the Studio's calls to Sanity's API as a signed-out session would.
async function stubSanityApi(page: Page) {
  await page.route(/\.sanity\.(io|work)\//, (route) => {
    const url = route.request().url()
    const body = url.includes('/auth/providers')
      ? { thirdPartyLogin: true, sso: {}, providers: [{ name: 'google', title: 'Google', url: 'https://api.sanity.io/v1/auth/login/google' }] }
      : {}
    return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) })
  })
}

async function scriptsOf(page: Page, path: string) {
  const scripts = new Set<string>()
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.add(new URL(response.url()).pathname)
  })
  await page.goto(path, { waitUntil: 'networkidle' })
  return scripts
}

// These run against the Sanity-mode build (playwright.config.ts), which has a project configured.

// Strings found only in Sanity Studio's code.
const STUDIO_MARKERS = ['sanity.studio', 'sanity/structure']

test('/studio loads the Studio shell with its own layout', async ({ page }) => {
  await stubSanityApi(page)
  const response = await page.goto('/studio')
  expect(response?.status()).toBe(200)
  await expect(page.getByText('Choose login provider')).toBeVisible({ timeout: 20_000 })
  await expect(page.getByText('Groundwork').first()).toBeVisible()
  await expect(page.locator('.site-header')).toHaveCount(0)
})

test("a guide page loads none of the Studio's code", async ({ browser, request }) => {
  const studioPage = await browser.newPage()
  await stubSanityApi(studioPage)
  const studio = await scriptsOf(studioPage, '/studio')
  await studioPage.close()
  const guidePage = await browser.newPage()
  const guide = await scriptsOf(guidePage, '/guides/plantar-heel-pain')
  await guidePage.close()

  const text = async (path: string) => (await request.get(path)).text()
  const studioOnly = [...studio].filter((script) => !guide.has(script))
  const studioOnlyCode = await Promise.all(studioOnly.map(text))
  // The markers really are in the Studio's own chunks, so their absence below means something.
  for (const marker of STUDIO_MARKERS) expect(studioOnlyCode.some((code) => code.includes(marker)), marker).toBe(true)

  expect(guide.size).toBeGreaterThan(0)
  for (const script of guide) {
    const code = await text(script)
    for (const marker of STUDIO_MARKERS) expect(code.includes(marker), `${marker} in ${script}`).toBe(false)
  }
})
