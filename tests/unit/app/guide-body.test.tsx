import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { GuideBody } from '../../../app/_components/GuideBody'

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
