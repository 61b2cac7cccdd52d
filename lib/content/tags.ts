// Cache tags: one per document type (lists, and pages that show other documents of that type)
// and one per document slug. A publish revalidates its type tag and its own slug tag.
export const tagFor = {
  type: (type: string) => `type:${type}`,
  doc: (type: string, slug: string) => `${type}:${slug}`,
}
