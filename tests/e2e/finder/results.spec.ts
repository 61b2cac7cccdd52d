import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from '../support'

const results = (query: string) => `/finder/results?flag=none&health=none&${query}`

test('picks a shopper can act on: name, price, one line of why, the shoes it fits, support at a glance, no scores', async ({ page }) => {
  await page.goto(results('arch=flat&symptom=achilles-pain&activity=walking&footwear=casual'))
  const first = page.locator('.result-list > li').first()
  await expect(first.getByRole('link')).toHaveText('Heel Lift Plus')
  await expect(first.locator('.price')).toHaveText(/^£\d+\.\d\d$/)
  await expect(first.locator('.why')).toHaveText('For Achilles pain: it has a heel lift.')
  await expect(first).toContainText('Fits: Trainers or running shoes, Everyday casual shoes')
  await expect(first.locator('.glance')).toContainText('Cushioning')
  await expect(page.locator('main')).not.toContainText(/score/i)
  // What research says: once per complaint, about a kind of feature.
  const research = page.getByRole('region', { name: 'What research says' })
  await expect(research.locator('li')).toHaveCount(1)
  await expect(research).toContainText('Achilles pain: Research on a heel lift is limited.')
  await expect(page.locator('main .evidence')).toHaveCount(0)
  await expect(page.getByRole('region', { name: 'Left out for you' })).toContainText('raised outer edge')
  await expectNoAxeViolations(page)
})

test('dress shoes get slim insoles only; when nothing fits, the page says so and points to guides and a podiatrist', async ({ page }) => {
  await page.goto(results('arch=neutral&activity=walking&footwear=dress'))
  const names = await page.locator('.result-list h3 a, .rest-list h3 a').allTextContents()
  expect(names).toEqual(['Slim Dress'])

  await page.goto('/finder/results?flag=none&health=diabetes-numb-feet&arch=neutral&activity=walking&footwear=dress')
  await expect(page.getByRole('heading', { name: 'Nothing fits these answers' })).toBeVisible()
  await expect(page.locator('main')).toContainText('A podiatrist can help you choose')
  await expect(page.locator('main a[href^="/insoles/"]')).toHaveCount(0)
})

test('on a phone, the comparison can be scrolled by keyboard and the page is axe clean', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(results('arch=low&symptom=front-knee-pain&symptom=shin-pain&activity=running&footwear=athletic'))
  const table = page.getByRole('region', { name: 'Compare the best matches' }).last()
  await expect(table).toHaveAttribute('tabindex', '0')
  await expect(page.locator('.result-list > li').nth(2)).toBeVisible()
  await expectNoAxeViolations(page)
})
