import { describe, expect, it } from 'vitest'
import { locations, mainDocuments } from '@/sanity/presentation'
import { schemaTypes } from '@/sanity/schemaTypes'

type Resolver = { select?: Record<string, string>; resolve?: (doc: Record<string, unknown> | null) => { locations?: { href: string }[]; message?: string } | null | undefined; locations?: { href: string }[]; message?: string }

const byType = locations as unknown as Record<string, Resolver>

describe('Presentation knows where every public document type lives', () => {
  const documentTypes = schemaTypes.filter((type) => type.type === 'document').map((type) => type.name)

  it('has a location resolver for every document type', () => {
    expect(Object.keys(locations ?? {}).sort()).toEqual([...documentTypes].sort())
  })

  it.each([
    ['guide', { name: 'Flat feet', slug: 'flat-feet' }, '/guides/flat-feet'],
    ['insole', { name: 'Heel Lift Plus', slug: 'heel-lift-plus' }, '/insoles/heel-lift-plus'],
    ['exercise', { name: 'Heel drops', slug: 'heel-drops' }, '/exercises/heel-drops'],
  ])('a %s opens at its page', (type, doc, href) => {
    const result = byType[type]!.resolve!(doc)
    expect(result?.locations?.map((l) => l.href)).toContain(href)
  })

  it.each(['condition', 'person'])('a %s opens on the guides that use it', (type) => {
    const result = byType[type]!.resolve!({ name: 'X', guides: [{ title: 'Flat feet', slug: 'flat-feet' }, { title: 'No slug' }] })
    expect(result?.locations?.map((l) => l.href)).toEqual(['/guides/flat-feet'])
  })

  it('site settings say they are used on every page', () => {
    expect(byType.siteSettings!.message).toBe('Used on every page.')
  })

  it('each page route names its main document', () => {
    expect(mainDocuments.map((doc) => doc.route)).toEqual(['/guides/:slug', '/insoles/:slug', '/exercises/:slug', '/'])
  })
})
