import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { citationsOf } from '../../../app/_components/citations'
import { GuideBody } from '../../../app/_components/GuideBody'
import { ReferenceList } from '../../../app/_components/ReferenceList'

const linkBlock = (href: string, text = 'a link') => ({
  _type: 'block' as const,
  _key: `b-${text}`,
  style: 'normal' as const,
  markDefs: [{ _type: 'link' as const, _key: 'l1', href }],
  children: [{ _type: 'span' as const, _key: 's1', text, marks: ['l1'] }],
})

const render = (body: unknown[]) => renderToStaticMarkup(<GuideBody body={body as never} headings={[]} />)

describe('links from the CMS', () => {
  it.each([
    'javascript:alert(document.cookie)',
    'JAVASCRIPT:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
  ])('renders %j as plain text, not a link', (href) => {
    const html = render([linkBlock(href, 'click me')])
    expect(html).toContain('click me')
    expect(html).not.toMatch(/<a\b/)
    expect(html.toLowerCase()).not.toContain('javascript:')
    expect(html).not.toContain('data:text')
  })

  it('keeps site and web links as links', () => {
    const html = render([linkBlock('/guides/flat-feet', 'flat feet'), linkBlock('https://www.nhs.uk/', 'NHS')])
    expect(html).toContain('href="/guides/flat-feet"')
    expect(html).toContain('href="https://www.nhs.uk/" rel="noopener noreferrer"')
  })

  it('renders self-care cards and callouts, and skips block types it does not know', () => {
    const html = render([
      { _type: 'careCard', _key: 'c', level: 'self-care', title: 'Try this first', items: ['rest from running for a week'] },
      { _type: 'callout', _key: 'd', tone: 'evidence', title: 'Evidence', text: 'Weak.' },
      { _type: 'mysteryWidget', _key: 'e', payload: '<script>alert(1)</script>' },
    ])
    expect(html).toContain('Things you can try yourself')
    expect(html).toContain('rest from running for a week')
    expect(html).toContain('callout-evidence')
    expect(html).not.toContain('<script>')
  })

  it('drops warning-sign cards typed into the text: they come from the one list under "When to get help"', () => {
    const html = render([{ _type: 'careCard', _key: 'c', level: 'emergency', title: 'Call 999 if', items: ['both legs are numb'] }])
    expect(html).not.toContain('both legs are numb')
  })
})

describe('in-text citations', () => {
  const cited = {
    _type: 'block' as const,
    _key: 'b1',
    style: 'normal' as const,
    markDefs: [{ _type: 'cite' as const, _key: 'c1', ref: 2 }],
    children: [
      { _type: 'span' as const, _key: 's1', text: 'Heel lifts did well (', marks: [] },
      { _type: 'span' as const, _key: 's2', text: 'Rabusin 2021', marks: ['c1'] },
      { _type: 'span' as const, _key: 's3', text: ').', marks: [] },
    ],
  }

  it('link to their numbered reference, with an id the reference links back to', () => {
    const html = render([cited])
    expect(html).toContain('<a href="#ref-2" id="cite-c1" class="cite">Rabusin 2021<sup>[2]</sup></a>')
  })

  it('a citation pointing nowhere is plain text, not a broken link', () => {
    const html = render([{ ...cited, markDefs: [{ _type: 'cite', _key: 'c1', ref: 0 }] }])
    expect(html).toContain('Rabusin 2021')
    expect(html).not.toContain('href="#ref-')
  })

  it('each reference lists its authors and links back to every place the text cites it', () => {
    const citedFrom = citationsOf([cited, { ...cited, _key: 'b2', markDefs: [{ _type: 'cite', _key: 'c9', ref: 2 }], children: [{ ...cited.children[1], marks: ['c9'] }] }])
    expect(citedFrom.get(2)).toEqual(['cite-c1', 'cite-c9'])
    const references = [
      { key: 'r1', authors: 'NICE', title: 'Low back pain and sciatica', publisher: 'NICE', year: 2016, url: 'https://www.nice.org.uk/guidance/ng59', doi: null, pmid: null },
      { key: 'r2', authors: 'Rabusin CL, et al.', title: 'Heel lifts', publisher: 'BJSM', year: 2021, url: null, doi: '10.1136/bjsports-2019-101776', pmid: null },
    ]
    const html = renderToStaticMarkup(<ReferenceList references={references} citedFrom={citedFrom} />)
    expect(html).toContain('<li id="ref-2">Rabusin CL, et al. (2021). Heel lifts. BJSM.')
    expect(html).toContain('href="#cite-c1"')
    expect(html).toContain('href="#cite-c9"')
    expect(html).toContain('aria-label="Back to where the text cites reference 2 (2 of 2)"')
  })

  it('name an organisation that wrote and published a page once, and never put two full stops in a row', () => {
    const references = [
      { key: 'r1', authors: 'NHS', title: 'Flat feet', publisher: 'NHS', year: null, url: 'https://www.nhs.uk/conditions/flat-feet/', doi: null, pmid: null },
      { key: 'r2', authors: 'Menz HB, et al.', title: 'Is it the shoe?', publisher: 'J Foot Ankle Res', year: null, url: null, doi: null, pmid: null },
    ]
    const html = renderToStaticMarkup(<ReferenceList references={references} citedFrom={new Map()} />)
    expect(html).toContain('<li id="ref-1">NHS. <a href="https://www.nhs.uk/conditions/flat-feet/" rel="noopener noreferrer">Flat feet</a>.</li>')
    expect(html).toContain('<li id="ref-2">Menz HB, et al. Is it the shoe? J Foot Ankle Res.</li>')
  })
})
