import { timingSafeEqual } from 'node:crypto'

/** Compares a given secret with the configured one in constant time; unset never matches. */
export function secretMatches(given: string | null, expected: string | undefined): boolean {
  if (!given || !expected) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Where to send the editor after enabling preview: a path on this site, never another origin. */
export function previewRedirect(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/'
  return value
}
