import { expect, test } from '@playwright/test'
import { DRAFT_MARKERS, expectNoAxeViolations } from '../support'
import { E2E_SECRETS } from '../secrets'

test('draft preview shows drafts only inside preview, never outside it', async ({ browser }) => {
  const editor = await browser.newContext()
  const page = await editor.newPage()

  const refused = await page.goto('/api/draft-mode/enable?secret=wrong-secret-value-here&redirect=/guides/flat-feet')
  expect(refused?.status()).toBe(401)
  await page.goto('/guides/flat-feet')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Flat feet')

  await page.goto(`/api/draft-mode/enable?secret=${E2E_SECRETS.preview}&redirect=/guides/flat-feet`)
  await expect(page).toHaveURL(/\/guides\/flat-feet$/)
  await expect(page.getByRole('region', { name: 'Preview' })).toContainText('unpublished drafts')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Flat feet (draft rewrite)')
  await expect(page.getByText(/DRAFT-ONLY: the orange lantern section/)).toBeVisible()
  await expectNoAxeViolations(page)
  const draftOnly = await page.goto('/guides/toe-walking')
  expect(draftOnly?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Toe walking/)

  // A reader at the same moment sees only published content: drafts never entered the cache.
  const reader = await browser.newContext()
  const public_ = await reader.newPage()
  await public_.goto('/guides/flat-feet')
  await expect(public_.getByRole('heading', { level: 1 })).toHaveText('Flat feet')
  await expect(public_.getByRole('region', { name: 'Preview' })).toHaveCount(0)
  const html = await public_.content()
  for (const marker of DRAFT_MARKERS) expect(html).not.toContain(marker)
  expect((await public_.goto('/guides/toe-walking'))?.status()).toBe(404)
  await reader.close()

  await page.goto('/guides/flat-feet')
  await page.getByRole('link', { name: 'Leave preview' }).click()
  await expect(page).toHaveURL(/\/$/)
  await page.goto('/guides/flat-feet')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Flat feet')
  await editor.close()
})

test('preview refuses redirects to other sites', async ({ page }) => {
  await page.goto(`/api/draft-mode/enable?secret=${E2E_SECRETS.preview}&redirect=https://evil.example/`)
  await expect(page).toHaveURL(/localhost:\d+\/$/)
  await page.goto('/api/draft-mode/disable')
})
