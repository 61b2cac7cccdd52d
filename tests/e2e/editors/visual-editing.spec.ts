import { expect, test } from '@playwright/test'

// Presentation's click-to-edit markers are invisible characters inside text. They belong in an
// editor's preview only: a published page that carried them would confuse search engines,
// screen readers and anyone copying text.
const HIDDEN = /[\u200B-\u200D\uFEFF\u2060-\u2064]|[\u{E0000}-\u{E007F}]/u
const PAGES = [
  '/',
  '/guides',
  '/guides/flat-feet',
  '/insoles',
  '/insoles/heel-lift-plus',
  '/exercises',
  '/exercises/wall-calf-stretch',
  '/finder',
  '/finder/results?flag=none&health=none&arch=flat&symptom=heel-pain&activity=walking&footwear=casual',
  '/no-such-page',
]

for (const path of PAGES) {
  test(`published ${path} carries no preview markers or overlay attributes`, async ({ request }) => {
    const html = await (await request.get(path)).text()
    expect(html.length).toBeGreaterThan(500)
    expect(html).not.toMatch(HIDDEN)
    expect(html).not.toContain('data-sanity')
    expect(html).not.toContain('sanity-visual-editing')
  })
}
