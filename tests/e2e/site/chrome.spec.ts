import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from '../support'

const SECTIONS = [
  ['Guides', '/guides'],
  ['Insoles', '/insoles'],
  ['Exercises', '/exercises'],
  ['Insole finder', '/finder'],
] as const

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' })

// Server-rendered: the marks, the footer and the 404 page are all there before any script runs.
test.describe('the header, footer and 404 page without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the header marks the current section, and the current page', async ({ page }) => {
    await page.goto('/guides/flat-feet')
    const nav = mainNav(page)
    await expect(nav.getByRole('link', { name: 'Guides' })).toHaveAttribute('aria-current', 'true')
    await expect(nav.locator('a[aria-current]')).toHaveCount(1)

    await page.goto('/guides')
    await expect(mainNav(page).getByRole('link', { name: 'Guides' })).toHaveAttribute('aria-current', 'page')
    await expect(mainNav(page).locator('a[aria-current]')).toHaveCount(1)

    // The finder's steps are served from a cached rendering; the mark is still "this page".
    await page.goto('/finder?flag=none&health=none&step=3')
    await expect(mainNav(page).getByRole('link', { name: 'Insole finder' })).toHaveAttribute('aria-current', 'page')
    await expect(mainNav(page).locator('a[aria-current]')).toHaveCount(1)

    await page.goto('/')
    await expect(mainNav(page).locator('a[aria-current]')).toHaveCount(0)
  })

  test('the footer gives the emergency numbers and links to every section', async ({ page }) => {
    await page.goto('/insoles')
    const footer = page.getByRole('contentinfo')
    await expect(footer).toContainText('In an emergency call 999. For urgent advice call NHS 111.')
    const sections = footer.getByRole('navigation', { name: 'Site sections' })
    for (const [name, href] of SECTIONS) {
      await expect(sections.getByRole('link', { name, exact: true })).toHaveAttribute('href', href)
    }
  })

  test('an unknown address gets a server-rendered 404 page', async ({ page }) => {
    await expectSiteNotFound(page, '/no-such-page')
  })

  test('an unknown guide, insole or exercise gets the same server-rendered 404 page', async ({ page }) => {
    for (const path of ['/guides/no-such-guide', '/insoles/no-such-insole', '/exercises/no-such-exercise', '/guides/caf%C3%A9']) {
      await expectSiteNotFound(page, path)
      await expect(page.getByRole('heading', { name: 'Were you looking for one of these?' })).toHaveCount(0)
    }
  })

  test('a mistyped or old guide address suggests the guides it names', async ({ page }) => {
    await expectSiteNotFound(page, '/guides/plantar-fasciitis')
    const similar = page.getByRole('region', { name: 'Were you looking for one of these?' })
    await expect(similar.getByRole('link', { name: /Plantar heel pain/ })).toHaveAttribute('href', '/guides/plantar-heel-pain')
    await expectSiteNotFound(page, '/insoles/heel-lift')
    await expect(page.getByRole('region', { name: 'Were you looking for one of these?' }).getByRole('link').first()).toHaveAttribute('href', '/insoles/heel-lift-plus')
  })
})

/** The 404 page: the status, its heading and links, inside the site's header and footer. */
async function expectSiteNotFound(page: Page, path: string) {
  const response = await page.goto(path)
  expect(response?.status(), path).toBe(404)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB')
  await expect(page).toHaveTitle(/^Page not found/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  await expect(page.getByRole('banner')).toBeVisible()
  await expect(mainNav(page)).toBeVisible()
  await expect(page.getByRole('contentinfo')).toContainText('In an emergency call 999.')
  const main = page.getByRole('main')
  await expect(main.getByRole('link', { name: /Browse all guides/ })).toHaveAttribute('href', '/guides')
  await expect(main.getByRole('link', { name: /See our insoles/ })).toHaveAttribute('href', '/insoles')
  await expect(main.getByRole('link', { name: /insole finder/i })).toHaveAttribute('href', '/finder')
  await expect(mainNav(page).locator('a[aria-current]')).toHaveCount(0)
}

test('an unknown address gets a 404 page inside the site', async ({ page }) => {
  await expectSiteNotFound(page, '/no-such-page')
  await expectNoAxeViolations(page)
})

test('with scripts running, the marks stay the same', async ({ page }) => {
  await page.goto('/guides/flat-feet')
  await expect(mainNav(page).getByRole('link', { name: 'Guides' })).toHaveAttribute('aria-current', 'true')
  await mainNav(page).getByRole('link', { name: 'Insoles' }).click()
  await expect(page).toHaveURL(/\/insoles$/)
  await expect(mainNav(page).getByRole('link', { name: 'Insoles' })).toHaveAttribute('aria-current', 'page')
  await expect(mainNav(page).locator('a[aria-current]')).toHaveCount(1)
})

// Every kind of page, by its first heading. The finder's steps and care pages have their own checks.
const PAGE_KINDS = [
  ['home', '/', 'Plain guides to feet, calves and backs.'],
  ['guide list', '/guides', 'All guides'],
  ['guide', '/guides/flat-feet', 'Flat feet'],
  ['insole list', '/insoles', 'Insoles'],
  ['insole', '/insoles/heel-lift-plus', 'Heel Lift Plus'],
  ['exercise list', '/exercises', 'Exercises'],
  ['exercise', '/exercises/wall-calf-stretch', 'Wall calf stretch'],
  ['finder results', '/finder/results?flag=none&health=none&arch=flat&symptom=heel-pain&activity=walking&footwear=casual', 'Your insole suggestions'],
  ['not found', '/no-such-page', 'Page not found'],
  ['not found, with guides like it', '/guides/plantar-fasciitis', 'Page not found'],
] as const

for (const width of [390, 1280]) {
  test(`every kind of page has no accessibility violations and no sideways scroll at ${width} px`, async ({ page }) => {
    // Ten pages with an axe scan each: more than one page's time on a busy machine.
    test.setTimeout(150_000)
    await page.setViewportSize({ width, height: 900 })
    for (const [kind, path, heading] of PAGE_KINDS) {
      await test.step(kind, async () => {
        await page.goto(path)
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
        await expectNoAxeViolations(page)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        expect(overflow, kind).toBeLessThanOrEqual(0)
      })
    }
  })
}
