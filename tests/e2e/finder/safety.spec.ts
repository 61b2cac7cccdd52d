import { expect, test, type Page } from '@playwright/test'
import { CARE_ADVICE, signInfo, WARNING_SIGN_IDS } from '../../../lib/domain'
import { expectNoAxeViolations } from '../support'

const heading = (page: Page) => page.getByRole('heading', { level: 1 })
const FIT = 'arch=flat&symptom=arch-pain&activity=walking&footwear=casual'

// Every sign, through the page a reader without JavaScript gets (the server's HTML) and the API.
test('every warning sign leads to its own outcome, in the server-rendered page and the API', async ({ request }) => {
  for (const sign of WARNING_SIGN_IDS) {
    const { urgency, text } = signInfo(sign)
    const html = await (await request.get(`/finder/results?flag=${sign}&health=none&${FIT}`)).text()
    const api = await (await request.get(`/api/finder?flag=${sign}&health=none&${FIT}`)).json()
    if (urgency === 'soon') {
      expect(html, sign).toContain('See a GP or physiotherapist soon')
      expect(html, sign).toContain('href="/insoles/')
      expect(api.advisory, sign).toMatchObject({ urgency: 'soon', signs: [sign] })
    } else {
      expect(html, sign).toContain(`<h1`)
      expect(html, sign).toContain(CARE_ADVICE[urgency].title)
      expect(html, sign).toContain(text.replace(/'/g, '&#x27;'))
      expect(html, sign).not.toContain('href="/insoles/')
      expect(api, sign).toMatchObject({ outcome: 'seek-care', urgency, signs: [sign] })
      expect(api, sign).not.toHaveProperty('items')
    }
  }
})

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript'

  test(`step 1 groups the signs by where they are felt, and an emergency goes straight to care (${mode})`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled })
    const page = await context.newPage()
    await page.goto('/finder')
    await expect(page.getByRole('group', { name: 'Ankle and Achilles' })).toBeVisible()
    await expect(page).toHaveTitle(/Insole finder/)
    if (javaScriptEnabled) await expectNoAxeViolations(page)
    await page.getByRole('group', { name: 'Ankle and Achilles' }).getByLabel(/sudden snap or bang/).check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(page).toHaveURL(/\/finder\/results\?flag=achilles-snap$/)
    await expect(heading(page)).toHaveText('Get medical help now')
    await expect(page).toHaveTitle(/Get medical help now/)
    await expect(page.getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999')
    await expect(page.getByText(/Outside the UK, call your local emergency number/)).toBeVisible()
    await expect(page.getByText(/torn \(ruptured\) Achilles tendon/)).toBeVisible()
    await expect(page.locator('main a[href^="/insoles"]')).toHaveCount(0)
    await expect(page.locator('main')).not.toContainText('£')
    if (javaScriptEnabled) await expectNoAxeViolations(page)
    await context.close()
  })

  test(`"before you choose": under 16 gets no product and advice for children (${mode})`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled })
    const page = await context.newPage()
    await page.goto('/finder?flag=none&step=2')
    await expect(heading(page)).toHaveText(/Before you choose/)
    if (javaScriptEnabled) await expectNoAxeViolations(page)
    await page.getByLabel('The insoles are for someone under 16').check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(heading(page)).toHaveText(/Insoles for children/)
    await expect(page).toHaveTitle(/Insoles for children/)
    await expect(page.locator('main')).toContainText('Flat feet are normal in young children')
    await expect(page.locator('main a[href^="/insoles"]')).toHaveCount(0)
    if (javaScriptEnabled) await expectNoAxeViolations(page)
    await context.close()
  })

  test(`diabetes with numb feet: see a podiatrist first, then only soft cushioned insoles (${mode})`, async ({ browser, request }) => {
    const context = await browser.newContext({ javaScriptEnabled })
    const page = await context.newPage()
    await page.goto(`/finder/results?flag=none&health=diabetes-numb-feet&${FIT}`)
    await expect(page.getByText('See a podiatrist before choosing any insole')).toBeVisible()
    await expect(page).toHaveTitle(/Your insole suggestions/)
    const api = await (await request.get(`/api/finder?flag=none&health=diabetes-numb-feet&${FIT}`)).json()
    for (const item of api.items) expect(item.support).toMatchObject({ firmness: 'soft', posting: 'none' })
    await expect(page.locator('.result-list > li, .rest-list > li')).toHaveCount(api.items.length)
    if (javaScriptEnabled) await expectNoAxeViolations(page)
    await context.close()
  })
}

test('poor circulation, arthritis or a deformity: the podiatrist advice first, and nothing rigid or posted', async ({ page, request }) => {
  for (const health of ['poor-circulation', 'inflammatory-arthritis', 'foot-deformity']) {
    await page.goto(`/finder/results?flag=none&health=${health}&${FIT}`)
    await expect(page.getByText('See a podiatrist first', { exact: true })).toBeVisible()
    const api = await (await request.get(`/api/finder?flag=none&health=${health}&${FIT}`)).json()
    for (const item of api.items) {
      expect(item.support.firmness, health).not.toBe('rigid')
      expect(item.support.posting, health).toBe('none')
    }
  }
  await expectNoAxeViolations(page)
})

test('feet that do not hurt: the results say they need nothing, and show no evidence labels', async ({ page }) => {
  await page.goto('/finder/results?flag=none&health=none&arch=flat&activity=walking&footwear=casual')
  await expect(page.getByText(/Feet that do not hurt need nothing, whatever their arch/)).toBeVisible()
  await expect(page.locator('main .evidence')).toHaveCount(0)
  await expectNoAxeViolations(page)
})
