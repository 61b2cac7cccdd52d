import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { WhenToGetHelp } from '../../../app/_components/WhenToGetHelp'
import { BODY_AREA_REGION, isBodyArea, regionsOf, signInfo, WARNING_SIGN_IDS, type WarningSign } from '../../../lib/domain'
import { seedDocuments } from '../../support/seed'

const guides = seedDocuments().filter((doc) => doc._type === 'guide' && !doc._id.startsWith('drafts.')) as {
  _id: string
  bodyAreas?: string[]
  body?: { _type: string }[]
}[]
const cardsOf = (id: string) => {
  const guide = guides.find((g) => g._id === id)!
  return renderToStaticMarkup(<WhenToGetHelp areas={(guide.bodyAreas ?? []).filter(isBodyArea)} />)
}
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#x27;')
const showsSign = (html: string, sign: WarningSign) => html.includes(escaped(signInfo(sign).text))

describe('"When to get help" on every guide comes from the one list', () => {
  it.each(guides.map((g) => [g._id]))('%s shows every sign of its regions, and no care card typed by hand', (id) => {
    const guide = guides.find((g) => g._id === id)!
    const regions = new Set(['anywhere', ...(guide.bodyAreas ?? []).filter(isBodyArea).map((area) => BODY_AREA_REGION[area])])
    const html = cardsOf(id)
    expect(html).toContain('When to get help')
    for (const sign of WARNING_SIGN_IDS) {
      const belongs = regionsOf(sign).some((region) => regions.has(region))
      expect(showsSign(html, sign), `${id}: ${sign}`).toBe(belongs)
    }
    expect((guide.body ?? []).filter((block) => block._type === 'careCard')).toEqual([])
  })

  // The gaps the clinical review named (REVIEW-2026-11.md, items 1 and 3).
  it.each([
    ['guide-tight-calves', ['one-calf-swollen-hot', 'one-thigh-swollen-hot', 'breathless-chest-pain', 'calf-pain-walking']],
    ['guide-achilles-pain-tight-calves', ['achilles-snap', 'one-calf-swollen-hot']],
    ['guide-front-of-knee-pain', ['hot-swollen-joint-fever', 'knee-locks-gives-way', 'child-knee-hip-limp', 'cannot-bear-weight']],
    ['guide-knee-osteoarthritis-wedged-insoles', ['hot-swollen-joint-fever', 'knee-locks-gives-way', 'child-knee-hip-limp']],
    ['guide-low-back-pain-and-insoles', ['foot-drop', 'back-lump-shape', 'upper-back-pain', 'morning-stiffness-under-40', 'steroids-or-weak-bones', 'saddle-numbness']],
    ['guide-high-arches', ['high-arch-changing', 'foot-colour-change', 'foot-wound-fever', 'diabetes-foot-change']],
  ] as const)('%s names the signs the review found missing', (id, signs) => {
    const html = cardsOf(id)
    for (const sign of signs) expect(showsSign(html, sign), sign).toBe(true)
  })

  it('orders the cards emergency, urgent, then soon, each saying where to go', () => {
    const html = cardsOf('guide-low-back-pain-and-insoles')
    const at = (text: string) => html.indexOf(text)
    expect(at('care-emergency')).toBeLessThan(at('care-urgent'))
    expect(at('care-urgent')).toBeLessThan(at('care-soon'))
    expect(html).toContain('Call 999 or go to A&amp;E now')
    expect(html).toContain('call NHS 111')
    expect(html).toContain('Outside the UK, call your local emergency number')
  })
})
