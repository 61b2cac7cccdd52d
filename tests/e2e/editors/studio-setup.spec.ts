import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from '../support'

// The default build has no Sanity project: /studio says what it needs instead of crashing.
test('/studio without a project explains, from the server, what the Studio needs and the steps', async ({ request, page }) => {
  const response = await request.get('/studio')
  expect(response.status()).toBe(200)
  const html = await response.text()
  for (const step of ['Sanity Studio needs a Sanity project', 'npx sanity login', 'npx sanity init --bare', 'sanity dataset import', '.env.example', 'CORS origin', 'Viewer role', 'tunnel']) {
    expect(html, step).toContain(step)
  }
  const csp = response.headers()['content-security-policy'] ?? ''
  expect(csp).toMatch(/script-src [^;]*https:\/\/core\.sanity-cdn\.com/)

  await page.goto('/studio')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sanity Studio needs a Sanity project')
  await expect(page.getByText('An error occurred')).toHaveCount(0)
  await expect(page.locator('.site-header')).toHaveCount(0)
  await expectNoAxeViolations(page)
})
