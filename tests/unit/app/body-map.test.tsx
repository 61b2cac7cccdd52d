import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { BodyMap, type BodyMapRegion } from '../../../app/_components/home/BodyMap'
import { BODY_AREA_LABELS, BODY_AREAS, type BodyArea } from '../../../lib/domain'

const regionOf = (area: BodyArea): BodyMapRegion => ({ area, label: BODY_AREA_LABELS[area], href: `/guides?area=${area}` })
const escaped = (text: string) => text.replace(/&/g, '&amp;')

// Every <a …> opening tag, with its attributes.
type Link = { tag: string; attrs: Record<string, string> }
const linksIn = (html: string): Link[] =>
  [...html.matchAll(/<a\s([^>]*)>/g)].map(([tag, body]) => ({
    tag,
    attrs: Object.fromEntries([...body!.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, value!])),
  }))
const focusable = (links: Link[]) => links.filter((link) => link.attrs.tabindex !== '-1')
const repeats = (links: Link[]) => links.filter((link) => link.attrs.tabindex === '-1')

describe('the body map on the home page', () => {
  const all = BODY_AREAS.map(regionOf)
  const html = renderToStaticMarkup(<BodyMap regions={all} headingId="chain-heading" />)
  const links = linksIn(html)

  it.each(BODY_AREAS.map((area) => [area]))('%s is exactly one focusable link, with its href and name', (area) => {
    const region = regionOf(area)
    const stops = focusable(links).filter((link) => link.attrs['data-area'] === area)
    expect(stops).toHaveLength(1)
    expect(stops[0]!.attrs.href).toBe(escaped(region.href))
    expect(stops[0]!.attrs['aria-label']).toBe(region.label)
    expect(stops[0]!.attrs['aria-hidden']).toBeUndefined()
    // Every drawing of the place goes to the same guide list.
    for (const link of links.filter((l) => l.attrs['data-area'] === area)) expect(link.attrs.href).toBe(escaped(region.href))
  })

  it('makes one tab stop per place: the second drawing of a place is hidden from keyboard and screen readers', () => {
    expect(focusable(links)).toHaveLength(BODY_AREAS.length)
    // The hip, knee, calf and ankle are drawn from the front and from the back.
    expect(repeats(links).map((link) => link.attrs['data-area']).sort()).toEqual(['ankle', 'calf', 'hip', 'knee'])
    for (const link of repeats(links)) expect(link.attrs['aria-hidden']).toBe('true')
    for (const link of links.filter((l) => l.attrs['aria-hidden'] === 'true')) expect(link.attrs.tabindex).toBe('-1')
  })

  it('puts every link inside the svg, each with a title for the pointer', () => {
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'))
    expect(linksIn(svg)).toHaveLength(links.length)
    for (const area of BODY_AREAS) expect(svg).toContain(`<title>${escaped(BODY_AREA_LABELS[area])}</title>`)
  })

  it('draws a place with no guides as a plain shape, not a link', () => {
    const some = renderToStaticMarkup(<BodyMap regions={[regionOf('heel'), regionOf('calf')]} />)
    const someLinks = linksIn(some)
    expect(new Set(someLinks.map((link) => link.attrs['data-area']))).toEqual(new Set(['heel', 'calf']))
    expect(focusable(someLinks)).toHaveLength(2)
    for (const area of BODY_AREAS.filter((a) => a !== 'heel' && a !== 'calf')) {
      expect(some).not.toContain(`area=${area}"`)
      expect(some).not.toContain(`aria-label="${escaped(BODY_AREA_LABELS[area])}"`)
    }
    expect(linksIn(renderToStaticMarkup(<BodyMap regions={[]} />))).toEqual([])
  })

  it('keeps only the first region given for a place', () => {
    const twice = linksIn(
      renderToStaticMarkup(<BodyMap regions={[regionOf('knee'), { area: 'knee', label: 'Other', href: '/other' }]} />),
    )
    expect(focusable(twice)).toHaveLength(1)
    expect(twice.every((link) => link.attrs.href === '/guides?area=knee')).toBe(true)
  })

  it('needs no JavaScript: no script, no event handler attributes', () => {
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/\son[a-z]+=/i)
    expect(html).not.toMatch(/javascript:/i)
  })

  it('is a figure with its caption, a scalable svg named by the heading, and Front and Back labels', () => {
    // The root carries the CSS module class the page can hide or place.
    expect(html).toMatch(/^<figure class="[^"]+">/)
    expect(html).toContain('Front and back of the body. Choose where it hurts.</figcaption>')
    expect(html).toMatch(/<svg[^>]*viewBox="[\d.]+ [\d.]+ [\d.]+ [\d.]+"/)
    expect(html).toMatch(/<svg[^>]*role="group"/)
    expect(html).toMatch(/<svg[^>]*aria-labelledby="chain-heading"/)
    expect(html).toMatch(/<text[^>]*>Front<\/text>/)
    expect(html).toMatch(/<text[^>]*>Back<\/text>/)
    // Without a heading, the caption names the group.
    const bare = renderToStaticMarkup(<BodyMap regions={all} />)
    const captionId = bare.match(/<figcaption[^>]*id="([^"]+)"/)?.[1]
    expect(captionId).toBeTruthy()
    expect(bare).toContain(`aria-labelledby="${captionId}"`)
  })

  it('escapes what it is given', () => {
    const odd = renderToStaticMarkup(<BodyMap regions={[{ area: 'foot', label: 'Foot "&" <arch>', href: '/guides?area=foot&x=1' }]} />)
    expect(odd).toContain('aria-label="Foot &quot;&amp;&quot; &lt;arch&gt;"')
    expect(odd).toContain('href="/guides?area=foot&amp;x=1"')
    expect(odd).not.toContain('<arch>')
  })
})
