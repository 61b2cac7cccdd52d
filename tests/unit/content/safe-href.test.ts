import { describe, expect, it } from 'vitest'
import { httpsHref, safeHref } from '../../../lib/content/safe-href'

describe('safeHref', () => {
  it.each([
    'https://www.nhs.uk/conditions/back-pain/',
    'http://www.nice.org.uk/guidance/ng59',
    'mailto:nice@nice.org.uk',
    '/guides/flat-feet',
    '#references',
  ])('keeps %s', (href) => expect(safeHref(href)).toBe(href))

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//www.nhs.uk/conditions/back-pain/',
    '',
    null,
    42,
  ])('makes %j inert', (href) => expect(safeHref(href)).toBeNull())
})

describe('httpsHref, for shop links', () => {
  it('keeps an https link to a named host', () => {
    expect(httpsHref('https://www.nhs.uk/conditions/flat-feet/')).toBe('https://www.nhs.uk/conditions/flat-feet/')
  })

  it.each(['http://www.nhs.uk/conditions/flat-feet/', 'https://localhost/', 'mailto:nice@nice.org.uk', '/insoles/heel-comfort', 'javascript:alert(1)', '', null])(
    'drops %j',
    (href) => expect(httpsHref(href)).toBeNull(),
  )
})
