import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { InsoleProduct } from '../../../app/_components/InsoleProduct'
import { Pick } from '../../../app/_components/finder/FinderResults'
import type { Insole } from '../../../lib/content/views'
import type { Recommendation } from '../../../lib/finder/engine'

// No seed insole has a shop link yet, so these render one: https only, named with the product.
const SHOP = 'https://www.nhs.uk/conditions/heel-pain/'

const support = {
  archSupport: 'medium',
  firmness: 'semi-rigid',
  heelCup: 'deep',
  posting: 'none',
  cushioning: 'high',
  metatarsalPad: false,
  heelLift: false,
  profile: 'standard',
} as const

const recommendation = (buyUrl: string | null): Recommendation => ({
  slug: 'heel-comfort',
  name: 'Heel Comfort',
  score: 1,
  why: 'Full cushioning for long hours standing',
  reasons: [{ text: 'Full cushioning for long hours standing', evidence: null }],
  fits: ['casual'],
  price: 32.99,
  currency: 'GBP',
  buyUrl,
  support: { arch: 'medium', firmness: 'semi-rigid', heelCup: 'deep', posting: 'none', cushioning: 'high', metatarsalPad: false, heelLift: false, profile: 'standard' },
})

const insole = (buyUrl: string | null, care: string | null = null): Insole => ({
  id: 'insole-heel-comfort',
  slug: 'heel-comfort',
  name: 'Heel Comfort',
  tagline: 'Extra cushioning under the heel.',
  description: 'A deep heel cup and thick heel cushioning.',
  price: 32.99,
  currency: 'GBP',
  buyUrl,
  sizeRange: 'UK 3 to 13',
  care,
  pictures: [],
  support,
  activities: ['walking'],
  footwear: ['casual'],
})

/** The anchors whose text starts with "Buy", with their href. */
const buyLinks = (html: string) => [...html.matchAll(/<a [^>]*href="([^"]*)"[^>]*>(Buy [^<]*)<\/a>/g)].map(([, href, name]) => ({ href, name }))

describe.each([
  ['the results card', (buyUrl: string | null) => renderToStaticMarkup(<Pick item={recommendation(buyUrl)} rank={1} picture={null} />)],
  ['the product page', (buyUrl: string | null) => renderToStaticMarkup(<InsoleProduct insole={insole(buyUrl)} guides={[]} />)],
] as const)('%s', (_where, render) => {
  it('shows a "Buy" link named with the product for an https shop link', () => {
    expect(buyLinks(render(SHOP))).toEqual([{ href: SHOP, name: 'Buy Heel Comfort' }])
  })

  it.each([
    ['an http link', 'http://www.nhs.uk/conditions/heel-pain/'],
    ['a script link', 'javascript:alert(1)'],
    ['no link', null],
  ])('shows none for %s', (_case, buyUrl) => {
    const html = render(buyUrl)
    expect(buyLinks(html)).toEqual([])
    expect(html).not.toContain('>Buy ')
  })
})

describe('the product page', () => {
  it('shows how to look after the insole under "Care", a paragraph for each', () => {
    const html = renderToStaticMarkup(<InsoleProduct insole={insole(null, 'Hand wash in lukewarm water.\n\nReplace the pair when the heel pad stays flat.')} guides={[]} />)
    expect(html).toMatch(/<section aria-labelledby="care-heading"><h2 id="care-heading">Care<\/h2><p>Hand wash in lukewarm water\.<\/p><p>Replace the pair when the heel pad stays flat\.<\/p><\/section>/)
  })

  it('has no "Care" section without care text', () => {
    expect(renderToStaticMarkup(<InsoleProduct insole={insole(null)} guides={[]} />)).not.toContain('care-heading')
  })
})
