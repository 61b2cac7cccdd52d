// Links from the CMS are data, not code: only web, mail and on-site links become anchors.
const ALLOWED = /^(https?:|mailto:)/i

export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const cleaned = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  if (cleaned === '') return null
  if (cleaned.startsWith('/') && !cleaned.startsWith('//')) return cleaned
  if (cleaned.startsWith('#')) return cleaned
  return ALLOWED.test(cleaned) ? cleaned : null
}

/** A shop link: https to a named host only, as the Studio checks; anything else is no link. */
export function httpsHref(href: unknown): string | null {
  const cleaned = safeHref(href)
  return cleaned && /^https:\/\/[^\s/]+\.[^\s/]+/i.test(cleaned) ? cleaned : null
}
