import { describe, expect, it } from 'vitest'
import { safeHref } from '../../../lib/content/safe-href'

describe('safeHref', () => {
  it.each(['https://www.nhs.uk/conditions/back-pain/', 'http://example.com', 'mailto:team@example.com', '/guides/flat-feet', '#references'])(
    'keeps %s',
    (href) => expect(safeHref(href)).toBe(href),
  )

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/path',
    '',
    null,
    42,
  ])('makes %j inert', (href) => expect(safeHref(href)).toBeNull())
})
