import { createEmbeddedSource } from '../../../lib/content/embedded-source'
import { GUIDE_QUERY, GUIDE_SHOWS_QUERY } from '../../../lib/content/queries'
import { guideTags, tagFor } from '../../../lib/content/tags'
import { tagsForDocument } from '../../../lib/content/webhook'
import { describe, expect, it } from 'vitest'
import { seedDocuments } from '../../support/seed'

type Doc = { _id: string; _type: string; slug?: { current?: string }; [key: string]: unknown }
const docs = seedDocuments() as Doc[]
const guides = docs.filter((doc) => doc._type === 'guide' && !doc._id.startsWith('drafts.'))
// Image assets never change once uploaded (a new picture is a new asset), so no page is tagged by them.
const editable = docs.filter((doc) => !doc._id.startsWith('drafts.') && !doc._type.startsWith('sanity.'))

/** The document with every text an editor wrote changed: what an edit of it could change on a page. */
function edited(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return key.startsWith('_') || key === 'current' ? value : `${value} (edited)`
  if (Array.isArray(value)) return value.map((item) => edited(item))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, edited(v, k)]))
  return value
}

const run = (all: Doc[], query: string, slug: string) => createEmbeddedSource(() => all).fetch<{ ids: (string | null)[] | null } | null>(query, { slug }, "published")

describe("a guide page's cache tags", () => {
  it.each(guides.map((guide) => [guide.slug!.current!]))(
    '%s is tagged with every document whose edit changes what the guide query returns, and no other',
    async (slug) => {
      const tags = guideTags(slug, await run(docs, GUIDE_SHOWS_QUERY, slug))
      const before = JSON.stringify(await run(docs, GUIDE_QUERY, slug))
      const reached: string[] = []
      for (const doc of editable) {
        const after = JSON.stringify(await run(docs.map((d) => (d === doc ? (edited(d) as Doc) : d)), GUIDE_QUERY, slug))
        // A publish of this document revalidates these tags; at least one must be the page's.
        const revalidated = tagsForDocument({ _id: doc._id, _type: doc._type, slug: doc.slug?.current ?? null })
        if (after !== before) {
          reached.push(doc._id)
          expect(revalidated.some((tag) => tags.includes(tag)), `${doc._id} changes the guide but does not refresh it`).toBe(true)
        }
      }
      // Precise: apart from its own slug, the page carries only the ids of documents it shows.
      expect(tags.filter((tag) => tag !== tagFor.doc('guide', slug)).sort()).toEqual(reached.map(tagFor.id).sort())
    },
  )

  it('do not include every exercise: one exercise edit refreshes only the guides that show it', async () => {
    const exercise = docs.find((doc) => doc._id === 'exercise-wall-calf-stretch')!
    const refreshed = []
    for (const guide of guides) {
      const tags = guideTags(guide.slug!.current!, await run(docs, GUIDE_SHOWS_QUERY, guide.slug!.current!))
      if (tagsForDocument({ _id: exercise._id, _type: 'exercise', slug: exercise.slug!.current! }).some((tag) => tags.includes(tag))) refreshed.push(guide._id)
    }
    expect(refreshed.length).toBeGreaterThan(0)
    expect(refreshed.length).toBeLessThan(guides.length)
  })
})
