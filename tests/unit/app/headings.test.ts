import { describe, expect, it } from 'vitest'
import { headingsOf } from '../../../app/_components/headings'

const block = (key: string, style: string, text: string) => ({
  _type: 'block',
  _key: key,
  style,
  children: [{ text }],
})

describe('headingsOf', () => {
  it('gives each h2 and h3 a readable, unique anchor, in order', () => {
    const body = [
      block('a', 'h2', 'When to get help'),
      block('b', 'normal', 'Some text'),
      block('c', 'h3', 'Things you can try'),
      block('d', 'h2', 'When to get help'),
      { _type: 'careCard', _key: 'e' },
    ]
    expect(headingsOf(body)).toEqual([
      { key: 'a', id: 'when-to-get-help', text: 'When to get help', level: 2 },
      { key: 'c', id: 'things-you-can-try', text: 'Things you can try', level: 3 },
      { key: 'd', id: 'when-to-get-help-2', text: 'When to get help', level: 2 },
    ])
  })

  it('skips empty headings and copes with no body', () => {
    expect(headingsOf([block('a', 'h2', '   ')])).toEqual([])
    expect(headingsOf(null)).toEqual([])
  })

  it('never produces an empty id', () => {
    expect(headingsOf([block('a', 'h2', '???')])[0]?.id).toBe('section')
  })
})
