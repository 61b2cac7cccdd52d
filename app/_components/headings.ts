type Block = { _type: string; _key?: string; style?: string; children?: { text?: string }[] }

export type Heading = { key: string; id: string; text: string; level: 2 | 3 }

const slugify = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '') || 'section'

/** The guide's h2/h3 headings with unique anchor ids, for the table of contents and the body. */
export function headingsOf(body: readonly Block[] | null | undefined): Heading[] {
  const used = new Map<string, number>()
  const result: Heading[] = []
  for (const block of body ?? []) {
    if (block._type !== 'block' || (block.style !== 'h2' && block.style !== 'h3') || !block._key) continue
    const text = (block.children ?? []).map((child) => child.text ?? '').join('').trim()
    if (!text) continue
    const base = slugify(text)
    const count = used.get(base) ?? 0
    used.set(base, count + 1)
    result.push({ key: block._key, id: count ? `${base}-${count + 1}` : base, text, level: block.style === 'h2' ? 2 : 3 })
  }
  return result
}
