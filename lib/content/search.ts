// A reader's search text becomes words only; GROQ-special characters are dropped here,
// so no input can change the query's meaning. Each word is then a prefix match.
const MAX_WORDS = 8
const MAX_WORD_LENGTH = 40

/** "Heel-pain!!  HEEL" -> "heel pain": the canonical form, also used as the cache key. */
export function normaliseSearch(input: string | undefined | null): string {
  if (!input) return ''
  const words = input
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map((word) => word.slice(0, MAX_WORD_LENGTH))
  return [...new Set(words)].slice(0, MAX_WORDS).join(' ')
}

/** GROQ `match` patterns for a normalised search, or null for "no search". */
export function matchPatterns(normalised: string): string[] | null {
  return normalised ? normalised.split(' ').map((word) => `${word}*`) : null
}
