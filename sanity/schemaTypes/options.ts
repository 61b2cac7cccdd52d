// Turns the domain's value lists (lib/domain) into Studio option lists and preview text with readable titles.

export function optionList(values: readonly string[], titles: Record<string, string> = {}) {
  return values.map((value) => ({ value, title: titleOf(value, titles) }))
}

/** The readable title of one stored value; unknown values are shown in sentence case, never hidden. */
export function titleOf(value: string, titles: Record<string, string> = {}) {
  return titles[value] ?? sentenceCase(value)
}

export function sentenceCase(value: string) {
  const words = value.replace(/-/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}
