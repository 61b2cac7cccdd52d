import { expect, test, type Locator, type Page } from '@playwright/test'
import { expectNoAxeViolations, scriptsRunning } from '../support'

/** Presses Tab until the target has focus: the way a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`could not reach ${target} with Tab`)
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 })
const expectStep = async (page: Page, step: number, title: RegExp) => {
  await expect(page.getByText(`Step ${step} of 6`, { exact: true })).toBeVisible()
  await expect(heading(page)).toHaveText(title)
}

test('the whole wizard by keyboard alone, without a full reload, focus on each new question', async ({ page }) => {
  await page.goto('/finder')
  await expectStep(page, 1, /warning signs/)
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true))
  await expectNoAxeViolations(page)

  await tabTo(page, page.getByLabel('None of these'))
  await page.keyboard.press('Space')
  await tabTo(page, page.getByRole('button', { name: 'Continue' }))
  await page.keyboard.press('Enter')

  await expectStep(page, 2, /Before you choose/)
  await expect(page).toHaveURL(/flag=none/)
  await expect(heading(page)).toBeFocused()
  await expectNoAxeViolations(page)
  await tabTo(page, page.getByLabel('None of these'))
  await page.keyboard.press('Space')
  await tabTo(page, page.getByRole('button', { name: 'Continue' }))
  await page.keyboard.press('Enter')

  await expectStep(page, 3, /arch/)
  await expect(page).toHaveURL(/health=none/)
  await expect(heading(page)).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByLabel(/^Flat/)).toBeFocused()
  await page.keyboard.press('Space')
  await tabTo(page, page.getByRole('button', { name: 'Continue' }))
  await page.keyboard.press('Enter')

  await expectStep(page, 4, /pain or tightness/)
  await expect(heading(page)).toBeFocused()
  await expectNoAxeViolations(page)
  await tabTo(page, page.getByLabel('Pain under the heel'))
  await page.keyboard.press('Space')
  await tabTo(page, page.getByRole('button', { name: 'Continue' }))
  await page.keyboard.press('Enter')

  await expectStep(page, 5, /on your feet/)
  await expect(heading(page)).toBeFocused()
  await expectNoAxeViolations(page)
  await page.keyboard.press('Tab')
  await page.keyboard.press('ArrowDown')
  await expect(page.getByLabel('Running')).toBeChecked()
  await tabTo(page, page.getByRole('button', { name: 'Continue' }))
  await page.keyboard.press('Enter')

  await expectStep(page, 6, /shoes/)
  await expect(heading(page)).toBeFocused()
  await expectNoAxeViolations(page)
  await page.keyboard.press('Tab')
  await page.keyboard.press('Space')
  await tabTo(page, page.getByRole('button', { name: 'See my results' }))
  await page.keyboard.press('Enter')

  await expect(page).toHaveURL(/\/finder\/results\?flag=none&health=none&arch=flat&symptom=heel-pain&activity=running&footwear=athletic$/)
  await expect(heading(page)).toHaveText('Your insole suggestions')
  await expect(heading(page)).toBeFocused()
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true)
  await expect(page.locator('.result-list > li')).toHaveCount(3)
  await expect(page.getByRole('heading', { name: 'Guides for you' })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('the whole wizard works with JavaScript off, including Back', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/finder')
  await page.getByLabel('None of these').check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await expectStep(page, 2, /Before you choose/)
  await page.getByRole('link', { name: 'Back' }).click()
  await expectStep(page, 1, /warning signs/)
  await expect(page.getByLabel('None of these')).toBeChecked()
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByLabel('None of these').check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await expectStep(page, 3, /arch/)
  await page.getByText('Check at home: the wet footprint test').click()
  await expect(page.getByRole('img', { name: /Three wet footprints of a left foot/ })).toBeVisible()
  await page.getByLabel(/^High arch/).check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await expectStep(page, 4, /pain or tightness/)
  await page.getByRole('button', { name: 'Continue' }).click()
  await expectStep(page, 5, /on your feet/)
  await page.getByLabel('Standing for long periods').check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByLabel('Work, safety or hiking boots').check()
  await page.getByRole('button', { name: 'See my results' }).click()
  await expect(page).toHaveURL(/\/finder\/results\?flag=none&health=none&arch=high&activity=standing&footwear=work-boots$/)
  // Boots: only insoles that fit work boots, and none with a raised inner edge for high arches.
  expect(await page.locator('.result-list > li').count()).toBeGreaterThan(0)
  await expect(page.locator('main')).not.toContainText('Trail Support')
  await expect(page.getByRole('region', { name: 'Your answers' })).toContainText('Work, safety or hiking boots')
  // Buttons that need scripts are not offered; the link to share is written out instead.
  await expect(page.getByText('Link to these results')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Print' })).toHaveCount(0)
  await context.close()
})

test('a required answer cannot be skipped', async ({ page }) => {
  await page.goto('/finder')
  await page.getByRole('button', { name: 'Continue' }).click()
  await expectStep(page, 1, /warning signs/)
  await expect(page.locator('.error-summary')).toContainText('Please answer this question before moving on.')
  await page.goto('/finder?flag=none&health=none&step=3')
  await page.getByRole('button', { name: 'Continue' }).click()
  // The browser's own check keeps the form from going anywhere without an arch.
  await expectStep(page, 3, /arch/)
  await expect(page).toHaveURL(/step=3/)
})

test('a shared results link shows the same results, and the API agrees', async ({ page, browser, request }) => {
  const query = 'flag=none&health=none&arch=low&symptom=front-knee-pain&symptom=shin-pain&activity=running&footwear=athletic'
  await page.goto(`/finder/results?${query}`)
  const names = await page.locator('.result-list > li h3 a').allTextContents()
  expect(names).toHaveLength(3)
  await expect(page.locator('.share-url code')).toHaveText(`http://localhost:3000/finder/results?${query}`)

  const other = await browser.newContext()
  const shared = await other.newPage()
  await shared.goto(`/finder/results?${query}`)
  expect(await shared.locator('.result-list > li h3 a').allTextContents()).toEqual(names)
  await other.close()

  // Every insole in the same order: the best matches, then the ones that also fit.
  const everyName = await page.locator('.result-list > li h3 a, .rest-list > li h3 a').allTextContents()
  expect(everyName.length).toBeGreaterThan(names.length)
  const api = await (await request.get(`/api/finder?${query}`)).json()
  expect(api.items.map((item: { name: string }) => item.name)).toEqual(everyName)
})

test('a printed results page keeps the answers, the full link and the disclaimer, without the buttons', async ({ page }) => {
  await page.goto('/finder/results?flag=none&health=none&arch=flat&symptom=heel-pain&activity=walking&footwear=casual')
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('region', { name: 'Your answers' })).toBeVisible()
  await expect(page.locator('.share-url')).toBeVisible()
  await expect(page.getByText(/general information only/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden()
  await expect(page.getByRole('link', { name: 'Start again' })).toBeHidden()
})

test('copy link puts the results URL on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const query = 'flag=none&health=none&arch=neutral&activity=walking&footwear=dress'
  await page.goto(`/finder/results?${query}`)
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByText('Link copied.')).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/finder/results\\?${query}$`))
})

test('a warning sign sends the shopper to care, not to the checkout', async ({ page }) => {
  await page.goto('/finder')
  await page.getByLabel(/One calf that is swollen/).check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page).toHaveURL(/\/finder\/results\?flag=one-calf-swollen-hot$/)
  await expect(heading(page)).toHaveText('Get help today')
  await expect(page.getByRole('link', { name: 'NHS 111' })).toBeVisible()
  await expect(page.locator('main a[href^="/insoles"]')).toHaveCount(0)
  await expect(page.locator('main').getByText(/Buy/)).toHaveCount(0)
  await expectNoAxeViolations(page)

  await page.goto('/finder/results?flag=bladder-bowel-change&flag=night-pain&arch=flat&activity=walking&footwear=casual')
  await expect(heading(page)).toHaveText('Get medical help now')
  await expect(page.getByRole('link', { name: '999' })).toBeVisible()
  await expect(page.locator('main a[href^="/insoles"]')).toHaveCount(0)
  await expectNoAxeViolations(page)

  // A serious sign is acted on even when the rest of the URL is wrong, in pages and API alike.
  for (const url of ['/finder?flag=none&flag=night-pain&arch=wobbly&step=3', '/finder/results?flag=night-pain&flag=sore-toe&activity=x&activity=y']) {
    await page.goto(url)
    await expect(heading(page), url).toHaveText('Get help today')
  }
  const api = await page.request.get('/api/finder?flag=saddle-numbness&arch=bogus')
  expect(api.status()).toBe(200)
  expect(await api.json()).toMatchObject({ outcome: 'seek-care', urgency: 'emergency', signs: ['saddle-numbness'] })
})

test('a "soon" sign shows the advice to see a doctor above the products', async ({ page }) => {
  await page.goto('/finder/results?flag=pain-over-two-weeks&health=none&arch=flat&activity=walking&footwear=casual')
  const advice = page.getByRole('region', { name: 'Non-urgent: see a GP or physiotherapist' })
  await expect(advice).toBeVisible()
  await expect(advice).toContainText('Foot pain that is very bad')
  await expect(page.locator('.result-list > li')).toHaveCount(3)
})

test('tampered URLs never give a server error: the wizard returns to the first question that needs an answer', async ({ page }) => {
  const cases: [string, number, RegExp][] = [
    ['/finder/results?flag=none&health=none&arch=wobbly&activity=walking&footwear=casual', 3, /not one of the arch type choices/],
    ['/finder/results?flag=none&health=none&arch=flat&arch=high&activity=walking&footwear=casual', 3, /Choose one arch type/],
    [`/finder/results?flag=none&health=none&arch=flat&${'symptom=heel-pain&'.repeat(11)}activity=walking&footwear=casual`, 4, /at most 10/],
    ['/finder/results?flag=none&flag=pain-over-two-weeks&health=none&arch=flat&activity=walking&footwear=casual', 1, /on its own/],
    ['/finder/results?flag=%3Cscript%3E&arch=flat', 1, /not recognised/],
    ['/finder/results?flag=none&health=none&arch=flat&activity=walking', 6, /before moving on/],
    ['/finder/results?flag=none&arch=flat&activity=walking&footwear=casual', 2, /before moving on/],
    ['/finder?flag=none&step=%00', 1, /.*/],
    ['/finder?step=5&footwear=dress', 1, /before moving on/],
    ['/finder/results?flag=none&health=none&arch=flat&symptom=knee-pain&activity=walking&footwear=casual', 4, /Which knee pain\?/],
  ]
  for (const [url, step, message] of cases) {
    const response = await page.goto(url)
    expect(response?.status(), url).toBe(200)
    await expect(page.getByText(`Step ${step} of 6`, { exact: true }), url).toBeVisible()
    if (message.source !== '.*') await expect(page.locator('.error-summary'), url).toContainText(message)
    expect(await page.content()).not.toContain('<script>alert')
  }
  await expectNoAxeViolations(page)
})

test('the API returns 400 with a message per bad field, never echoing input', async ({ request }) => {
  const response = await request.get('/api/finder?flag=none&health=none&arch=%3Cimg%3E&symptom=zzz-evil&activity=walking&activity=running')
  expect(response.status()).toBe(400)
  const body = await response.json()
  expect(Object.keys(body.fields).sort()).toEqual(['activity', 'arch', 'footwear', 'symptom'])
  expect(JSON.stringify(body)).not.toMatch(/img|zzz-evil/)
  expect(response.headers()['cache-control']).toContain('no-store')

  const ok = await request.get('/api/finder?flag=none&health=none&arch=high&symptom=heel-pain&activity=hiking&footwear=work-boots')
  expect(ok.status()).toBe(200)
  const result = await ok.json()
  expect(result).toMatchObject({ outcome: 'recommendations', advisory: null, caution: null, noPain: false })
  for (const reason of result.items[0].reasons) {
    expect(reason.text).toEqual(expect.any(String))
    expect([null, 'strong', 'moderate', 'limited', 'weak', 'not-tested']).toContain(reason.evidence)
  }
  expect(result.items[0]).toEqual({
    slug: expect.any(String),
    name: expect.any(String),
    score: expect.any(Number),
    why: expect.any(String),
    reasons: expect.any(Array),
    fits: expect.arrayContaining(['work-boots']),
    price: expect.any(Number),
    currency: 'GBP',
    buyUrl: null,
    support: {
      arch: expect.any(String),
      firmness: expect.any(String),
      heelCup: expect.any(String),
      posting: expect.any(String),
      cushioning: expect.any(String),
      metatarsalPad: expect.any(Boolean),
      heelLift: expect.any(Boolean),
      profile: expect.any(String),
    },
  })
})

// These tests run on the standalone server, as the site is deployed.
test('a step opened from a link is served from the page cache, at the address the shopper opened', async ({ page, request }) => {
  const path = '/finder?flag=none&health=none&arch=high&step=4'
  expect((await request.get(path)).status()).toBe(200)
  expect((await request.get(path)).headers()['x-nextjs-cache']).toBe('HIT')
  const hydrated = scriptsRunning(page)
  await page.goto(path)
  await expectStep(page, 4, /pain or tightness/)
  await hydrated
  expect(page.url()).toMatch(/\/finder\?flag=none&health=none&arch=high&step=4$/)
  await page.getByRole('button', { name: 'Continue' }).click()
  await expectStep(page, 5, /on your feet/)
  await expect(page).toHaveURL(/\/finder\?/)
})
