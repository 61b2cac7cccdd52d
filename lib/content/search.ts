// A reader's search text becomes words only; GROQ-special characters are dropped here,
// so no input can change the query's meaning. Each word is then a prefix match.
const MAX_WORDS = 8
const MAX_WORD_LENGTH = 40

/** Every word of a text, lower case, without punctuation. */
const wordsOf = (text: string | undefined | null): string[] =>
  (text ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)

/** "Heel-pain!!  HEEL" -> "heel pain": the canonical form, also used as the cache key. */
export function normaliseSearch(input: string | undefined | null): string {
  const words = wordsOf(input).map((word) => word.slice(0, MAX_WORD_LENGTH))
  return [...new Set(words)].slice(0, MAX_WORDS).join(' ')
}

/** GROQ `match` patterns for a normalised search, or null for "no search". */
export function matchPatterns(normalised: string): string[] | null {
  return normalised ? normalised.split(' ').map((word) => `${word}*`) : null
}

// Words too common in this site's titles (or the kind of page itself) to tell one page from another.
const COMMON_WORDS = new Set(['and', 'the', 'for', 'with', 'your', 'pain', 'feet', 'foot', 'guide', 'insole', 'exercise'])

/**
 * Candidates ranked by the words of a missing address they share (`/guides/heel-pain-running`
 * → heel, running): a word in the title counts twice, in the description once; a word may
 * match the start of a longer one (arch → arches). Candidates sharing none are left out; ties
 * keep the given order.
 */
export function rankBySharedWords<T extends { title: string; description?: string | null }>(address: string, candidates: T[]): T[] {
  const words = normaliseSearch(address)
    .split(' ')
    .filter((word) => word.length >= 3 && !COMMON_WORDS.has(word.replace(/s$/, '')))
  if (!words.length) return []
  const score = (candidate: T) => {
    const title = wordsOf(candidate.title)
    const description = wordsOf(candidate.description)
    const has = (list: string[], word: string) => list.some((w) => w.startsWith(word))
    return words.reduce((sum, word) => sum + (has(title, word) ? 2 : has(description, word) ? 1 : 0), 0)
  }
  return candidates
    .map((candidate, index) => ({ candidate, index, score: score(candidate) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ candidate }) => candidate)
}
