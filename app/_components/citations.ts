// In-text citations of a guide: which marks cite which reference, so the reference list can
// link back to each place it is cited.

type Block = { _type?: string; markDefs?: { _key?: string; _type?: string; ref?: unknown }[] | null; children?: { marks?: string[] | null }[] | null }

export const citeId = (markKey: string) => `cite-${markKey}`
export const referenceId = (number: number) => `ref-${number}`

/** For each reference number, the ids of the in-text citations that point to it, in reading order. */
export function citationsOf(body: readonly unknown[] | null | undefined): Map<number, string[]> {
  const byReference = new Map<number, string[]>()
  for (const block of (body ?? []) as Block[]) {
    if (block._type !== 'block') continue
    const cites = new Map((block.markDefs ?? []).filter((def) => def._type === 'cite' && def._key && typeof def.ref === 'number').map((def) => [def._key!, def.ref as number]))
    const seen = new Set<string>()
    for (const child of block.children ?? []) {
      for (const mark of child.marks ?? []) {
        const ref = cites.get(mark)
        if (ref === undefined || seen.has(mark)) continue
        seen.add(mark)
        byReference.set(ref, [...(byReference.get(ref) ?? []), citeId(mark)])
      }
    }
  }
  return byReference
}
