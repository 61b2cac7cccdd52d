// What the Studio's document lists show for each document: readable words, not stored values.
import { describe, expect, it } from 'vitest'
import { BODY_AREA_LABELS, BODY_AREAS } from '../../../lib/domain'
import { condition } from '../../../sanity/schemaTypes/condition'
import { exercise } from '../../../sanity/schemaTypes/exercise'
import { guide } from '../../../sanity/schemaTypes/guide'
import { insole } from '../../../sanity/schemaTypes/insole'

type Previewable = { preview?: { select?: Record<string, string>; prepare?: (value: Record<string, unknown>) => unknown } }

/** Runs a type's preview as the Studio does: pick the selected fields, then prepare them. */
function preview(type: Previewable, doc: Record<string, unknown>) {
  const selected = Object.fromEntries(Object.entries(type.preview?.select ?? {}).map(([key, path]) => [key, doc[path]]))
  return type.preview?.prepare ? type.preview.prepare(selected) : selected
}

describe('Studio previews', () => {
  it('a guide shows its title, body areas and review status in words', () => {
    expect(preview(guide, { title: 'Lower back pain and insoles', bodyAreas: ['lower-back', 'foot'], reviewStatus: 'awaiting-review' })).toEqual({
      title: 'Lower back pain and insoles',
      subtitle: 'Lower back, Foot and arch · Awaiting clinical review',
      media: undefined,
    })
  })

  it('an exercise shows its body areas, not its summary', () => {
    expect(preview(exercise, { name: 'Glute bridge', summary: 'Lift your hips.', bodyAreas: ['hip', 'lower-back'] })).toEqual({
      title: 'Glute bridge',
      subtitle: 'Hip and thigh, Lower back',
      media: undefined,
    })
  })

  it('a condition shows the label of its body area', () => {
    expect(preview(condition, { name: 'Low back pain', bodyArea: 'lower-back' })).toEqual({ title: 'Low back pain', subtitle: 'Lower back' })
  })

  it('an insole shows its arch support and firmness in words', () => {
    expect(preview(insole, { name: 'Everyday Support', tagline: 'Comfort all day.', archSupport: 'high', firmness: 'semi-rigid' })).toEqual({
      title: 'Everyday Support',
      subtitle: 'High arch support, semi-rigid',
      media: undefined,
    })
  })

  it('a half-filled document still previews', () => {
    expect(preview(insole, { name: 'New insole' })).toEqual({ title: 'New insole', subtitle: '', media: undefined })
    expect(preview(exercise, { name: 'New exercise' })).toEqual({ title: 'New exercise', subtitle: undefined, media: undefined })
  })

  it('a body area the vocabulary does not know is shown, not dropped', () => {
    expect(preview(condition, { name: 'Old condition', bodyArea: 'upper-back' })).toEqual({ title: 'Old condition', subtitle: 'Upper back' })
  })
})

describe('body area words', () => {
  it('name every body area, and the Studio pickers use them', () => {
    expect(Object.keys(BODY_AREA_LABELS).sort()).toEqual([...BODY_AREAS].sort())
    const field = guide.fields.find((f) => f.name === 'bodyAreas') as { options?: { list?: { value: string; title: string }[] } }
    expect(field.options?.list).toContainEqual({ value: 'lower-back', title: 'Lower back' })
    expect(field.options?.list).toContainEqual({ value: 'foot', title: 'Foot and arch' })
  })
})
