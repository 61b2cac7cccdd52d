// Cache tags: one per document type (lists, and pages that show every document of a type),
// one per slug (a page found by its address) and one per document id (a page that shows that
// document). A publish revalidates all three for the changed document.
export const tagFor = {
  type: (type: string) => `type:${type}`,
  doc: (type: string, slug: string) => `${type}:${slug}`,
  /** By published id: a draft and its published document share one tag. */
  id: (id: string) => `id:${id.replace(/^drafts\./, '')}`,
}

/** A guide page's tags: its own slug, and every document it shows (exercises, conditions, people, related guides). */
export function guideTags(slug: string, shown: { ids: (string | null)[] | null } | null): string[] {
  const ids = (shown?.ids ?? []).filter((id): id is string => typeof id === 'string' && id.length > 0)
  return [...new Set([tagFor.doc('guide', slug), ...ids.map(tagFor.id)])]
}
