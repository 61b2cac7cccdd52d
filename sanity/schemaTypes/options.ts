// Turns the finder's vocabulary into Studio option lists with readable titles.
export function optionList(values: readonly string[], titles: Record<string, string> = {}) {
  return values.map((value) => ({ value, title: titles[value] ?? sentenceCase(value) }))
}

export function sentenceCase(value: string) {
  const words = value.replace(/-/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}
