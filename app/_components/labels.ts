// Formatting for readers. The words for the domain's values live in lib/domain.

export function formatDate(iso: string | null | undefined) {
  if (!iso) return null
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)
  if (Number.isNaN(date.getTime())) return null
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date)
}

export function formatPrice(amount: number | null | undefined, currency: string | null | undefined) {
  if (typeof amount !== 'number') return null
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency: currency || 'GBP' }).format(amount)
}
