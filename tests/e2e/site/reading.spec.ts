import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, scriptsRunning } from '../support'

test('a reader goes from home to a guide, its references and a related guide', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Find an insole that fits you' })).toHaveAttribute('href', '/finder')
  await expectNoAxeViolations(page)

  await page.getByRole('link', { name: 'See all guides' }).click()
  await expect(page).toHaveURL(/\/guides$/)
  await expect(page.getByRole('heading', { level: 1, name: 'All guides' })).toBeVisible()
  const allCount = await page.locator('.card').count()
  expect(allCount).toBeGreaterThanOrEqual(12)
  await expectNoAxeViolations(page)

  await page.getByRole('navigation', { name: 'Filter by body area' }).getByRole('link', { name: 'Heel' }).click()
  await expect(page).toHaveURL(/area=heel/)
  await expect(page.getByRole('heading', { level: 1, name: 'Heel guides' })).toBeVisible()
  const heelCount = await page.locator('.card').count()
  expect(heelCount).toBeGreaterThan(0)
  expect(heelCount).toBeLessThan(allCount)
  await expectNoAxeViolations(page)

  await page.getByLabel('Search guides').fill('plantar')
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(/q=plantar/)
  await expect(page).toHaveURL(/area=heel/)
  await expect(page.getByRole('status')).toContainText('matching “plantar”')
  await expectNoAxeViolations(page)

  await page.getByRole('link', { name: /Plantar heel pain/ }).first().click()
  await expect(page).toHaveURL(/\/guides\/plantar-heel-pain$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Plantar heel pain')
  await expect(page.getByText('Awaiting clinical review')).toBeVisible()
  await expect(page.getByText('this guide has not yet been checked by a clinician')).toBeVisible()
  await expectNoAxeViolations(page)

  const toc = page.getByRole('navigation', { name: 'On this page' })
  await toc.getByRole('link', { name: 'References' }).click()
  await expect(page).toHaveURL(/#references$/)
  const references = page.locator('#references + ol > li')
  expect(await references.count()).toBeGreaterThan(0)
  await expect(page.locator('.care-card').first()).toBeVisible()

  const related = page.getByRole('region', { name: 'Related guides' }).getByRole('link').first()
  const relatedTitle = (await related.textContent())!.trim()
  await related.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(relatedTitle)
})

test('a search with no match shows a helpful empty state', async ({ page }) => {
  await page.goto('/guides?q=xylophone')
  await expect(page.getByRole('heading', { name: 'No guides found' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'See every guide' })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('bad guide-index parameters fall back to the plain list', async ({ page }) => {
  const plain = await page.goto('/guides')
  expect(plain?.status()).toBe(200)
  const count = await page.locator('.card').count()
  for (const query of ['area=spleen', 'area=heel&area=knee', 'q=%E0%A4%A', `q=${'x'.repeat(10_000)}`, 'q=*%5B%5D%7C%7C%24']) {
    const response = await page.goto(`/guides?${query}`)
    expect(response?.status(), query).toBe(200)
    if (query.startsWith('area')) {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('All guides')
      expect(await page.locator('.card').count()).toBe(count)
    }
  }
})

test('an insole page shows comfort, fit and support, and no condition it suits or evidence rating', async ({ page }) => {
  await page.goto('/insoles')
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Heel Lift Plus' }).click()
  await expect(page).toHaveURL(/\/insoles\/heel-lift-plus$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Heel Lift Plus')
  const support = page.locator('.support-list')
  await expect(support.getByText('Heel lift', { exact: true })).toBeVisible()
  await expect(support.locator('.scale').first()).toBeVisible()
  await expect(page.getByText(/Fits:/)).toBeVisible()
  // Product pages make no treatment claims: no conditions, ratings or trial figures.
  const main = page.locator('main')
  await expect(main).not.toContainText(/evidence|Who it may suit|RR \d|Low back pain/i)
  await expect(page.getByRole('link', { name: /^Read about Achilles pain/ })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('an insole the evidence argues against for a condition links no guide on it', async ({ page }) => {
  await page.goto('/insoles/lateral-balance')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lateral Balance')
  await expect(page.getByRole('link', { name: /Read about knee/ })).toHaveCount(0)
  await expect(page.locator('main')).not.toContainText(/evidence/i)
})

test('an exercise page gives steps, dose and the guides that use it', async ({ page }) => {
  await page.goto('/exercises/heel-drops')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'How to do it' })).toBeVisible()
  expect(await page.locator('ol.steps li').count()).toBeGreaterThan(2)
  await expect(page.getByRole('heading', { name: 'Guides that suggest this exercise' })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('unknown slugs and paths give a real 404 page', async ({ page }) => {
  for (const path of ['/guides/no-such-guide', '/insoles/no-such-insole', '/exercises/no-such-exercise', '/no/such/page']) {
    const hydrated = scriptsRunning(page)
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await hydrated
    // The address bar still shows the address the reader asked for, and no section claims the page.
    expect(new URL(page.url()).pathname).toBe(path)
    await expect(page.getByRole('navigation', { name: 'Main' }).locator('a[aria-current]')).toHaveCount(0)
  }
  await expectNoAxeViolations(page)
})

test('guides read completely with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/guides?area=lower-back')
  await page.getByRole('link', { name: /Low back pain/ }).first().click()
  await expect(page.getByRole('heading', { level: 2, name: 'References' })).toBeVisible()
  await expect(page.locator('.care-card').first()).toBeVisible()
  await context.close()
})

test('a guide\'s "When to get help" names the signs of its body areas, from the same list as the finder', async ({ page }) => {
  await page.goto('/guides/tight-calves')
  const help = page.getByRole('region', { name: 'When to get help' })
  await expect(help).toBeVisible()
  await expect(help.getByRole('region', { name: 'Emergency: call 999 or go to A&E' })).toContainText('coughing up blood')
  await expect(help.getByRole('region', { name: 'Urgent: get help today' })).toContainText('One thigh that is swollen')
  await expect(help.getByRole('region', { name: 'Non-urgent: see a GP or physiotherapist' })).toContainText('Calf pain when you walk')
  await expect(page.getByRole('link', { name: 'When to get help' })).toHaveAttribute('href', '#when-to-get-help')
  await expectNoAxeViolations(page)

  await page.goto('/guides/achilles-pain-tight-calves')
  await expect(page.getByRole('region', { name: 'When to get help' })).toContainText('cannot stand on tiptoe')
})

test('exercises say where the heel drops are done and when a calf needs help the same day', async ({ page }) => {
  await page.goto('/exercises/heel-drops')
  await expect(page.locator('main')).toContainText('do this on flat ground')
  await page.goto('/exercises/wall-calf-stretch')
  await expect(page.locator('main')).toContainText('get help the same day')
})
