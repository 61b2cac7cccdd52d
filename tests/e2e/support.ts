import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** Fails with the list of WCAG 2.1 A/AA violations on the current page, if any. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  expect(summary, `axe violations on ${page.url()}`).toEqual([])
}

export const DRAFT_MARKERS = ['DRAFT-ONLY', 'orange lantern section', 'draft rewrite', 'Toe walking in adults']

/**
 * Resolves once the page's scripts run: the router then prefetches the page's links. Call it
 * before the navigation it waits for.
 */
export const scriptsRunning = (page: Page) => page.waitForRequest((request) => request.url().includes('_rsc='))
