import { describe, expect, it } from 'vitest'
import { readFinderRequest } from '../../../lib/finder/request'

const read = (query: string) => readFinderRequest(new URLSearchParams(query))
const COMPLETE = 'flag=none&health=none&arch=flat&activity=walking&footwear=casual'

describe('readFinderRequest', () => {
  it('complete, valid answers are ready to rank', () => {
    expect(read(COMPLETE)).toEqual({
      kind: 'answers',
      answers: { flags: 'none', health: 'none', arch: 'flat', symptoms: [], activity: 'walking', footwear: 'casual' },
    })
  })

  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'a parameter named %s is ignored like any unknown name',
    (name) => {
      expect(read(`${name}=x&${COMPLETE}`).kind).toBe('answers')
      expect(readFinderRequest({ [name]: 'x', flag: 'none', health: 'none', arch: 'flat', activity: 'walking', footwear: 'casual' }).kind).toBe('answers')
    },
  )

  it.each([
    ['an emergency sign with a bad arch', 'flag=saddle-numbness&arch=bogus', ['saddle-numbness']],
    ['an urgent sign with nothing else answered', 'flag=night-pain', ['night-pain']],
    ['an urgent sign ticked together with "none"', 'flag=none&flag=night-pain', ['night-pain']],
    ['an emergency sign beside an unknown flag', 'flag=sore-toe&flag=major-trauma', ['major-trauma']],
    ['repeated signs, once each and sorted', 'flag=night-pain&flag=cancer-history&flag=night-pain&footwear=x&footwear=y', ['cancer-history', 'night-pain']],
  ])('%s sends the shopper to care', (_name, query, flags) => {
    expect(read(query)).toEqual({ kind: 'seek-care', flags })
  })

  it('a "soon" sign still needs every other answer', () => {
    expect(read('flag=pain-over-two-weeks&arch=bogus')).toEqual({
      kind: 'invalid',
      errors: {
        arch: 'That is not one of the arch type choices.',
        health: 'This answer is required.',
        activity: 'This answer is required.',
        footwear: 'This answer is required.',
      },
    })
  })

  it('missing answers are named, in question order', () => {
    expect(read('arch=flat')).toEqual({
      kind: 'invalid',
      errors: {
        flag: 'This answer is required.',
        health: 'This answer is required.',
        activity: 'This answer is required.',
        footwear: 'This answer is required.',
      },
    })
  })

  it.each([
    ['alone', 'health=under-16'],
    ['with other answers, some wrong', 'flag=none&health=under-16&health=poor-circulation&arch=bogus'],
  ])('insoles for someone under 16 (%s) lead to no product', (_name, query) => {
    expect(read(query)).toEqual({ kind: 'child' })
  })

  it('a serious sign still comes before a child\'s feet', () => {
    expect(read('flag=achilles-snap&health=under-16')).toEqual({ kind: 'seek-care', flags: ['achilles-snap'] })
  })
})
