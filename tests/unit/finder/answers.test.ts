import { describe, expect, it } from 'vitest'
import { answersToParams, completeAnswers, missingFields, parseAnswers } from '../../../lib/finder/answers'

const parse = (query: string) => parseAnswers(new URLSearchParams(query))

describe('parseAnswers', () => {
  it('reads a complete set of answers', () => {
    expect(parse('flag=none&arch=flat&symptom=heel-pain&symptom=arch-pain&activity=walking&footwear=casual')).toEqual({
      answers: { flags: 'none', arch: 'flat', symptoms: ['arch-pain', 'heel-pain'], activity: 'walking', footwear: 'casual' },
      errors: {},
    })
  })

  it('reads several warning signs, sorted and without repeats', () => {
    expect(parse('flag=night-pain&flag=cancer-history&flag=night-pain').answers.flags).toEqual(['cancer-history', 'night-pain'])
  })

  it('accepts a record as Next passes searchParams', () => {
    expect(parseAnswers({ flag: ['none'], arch: 'high', symptom: undefined }).answers).toEqual({ flags: 'none', arch: 'high' })
  })

  it.each([
    ['flag=none&flag=night-pain', 'flag', /on its own/],
    ['health=none&health=poor-circulation', 'health', /on its own/],
    ['health=diabetes', 'health', /not recognised/],
    ['flag=sore-toe', 'flag', /not recognised/],
    ['arch=flat&arch=high', 'arch', /Choose one arch type/],
    ['arch=wobbly', 'arch', /not one of the arch type choices/],
    ['symptom=heel-pain&symptom=itchy', 'symptom', /not recognised/],
    [Array.from({ length: 11 }, () => 'symptom=heel-pain').join('&'), 'symptom', /at most 10/],
    ['activity=walking&activity=running', 'activity', /Choose one activity/],
    ['footwear=slippers', 'footwear', /not one of the footwear choices/],
  ])('%s is an error on %s', (query, field, message) => {
    const { answers, errors } = parse(query)
    expect(errors[field as keyof typeof errors]).toMatch(message)
    expect(answers).not.toHaveProperty(field === 'flag' ? 'flags' : field === 'symptom' ? 'symptoms' : field)
  })

  it('never repeats the input in a message', () => {
    const { errors } = parse('arch=<script>alert(1)</script>&footwear=%22evil%22&flag=zzz-secret')
    expect(JSON.stringify(errors)).not.toMatch(/script|evil|zzz-secret/)
  })

  it('ignores parameters it does not know', () => {
    expect(parse('utm_source=mail&step=2&arch=low')).toEqual({ answers: { arch: 'low' }, errors: {} })
  })
})

describe('missingFields and completeAnswers', () => {
  it('lists required answers still missing, in question order; symptoms are optional', () => {
    expect(missingFields({})).toEqual(['flag', 'health', 'arch', 'activity', 'footwear'])
    expect(missingFields({ flags: 'none', health: 'none', arch: 'low', activity: 'walking' })).toEqual(['footwear'])
    expect(completeAnswers({ flags: 'none', arch: 'low', activity: 'walking', footwear: 'dress' })).toBeNull()
    expect(completeAnswers({ flags: 'none', health: 'none', arch: 'low', activity: 'walking', footwear: 'dress' })).toEqual({
      flags: 'none',
      health: 'none',
      arch: 'low',
      symptoms: [],
      activity: 'walking',
      footwear: 'dress',
    })
    expect(completeAnswers({ flags: 'none', arch: 'low' })).toBeNull()
  })
})

describe('answersToParams', () => {
  it('round-trips through parseAnswers in a fixed order', () => {
    const query = 'footwear=dress&symptom=shin-pain&flag=night-pain&arch=neutral&activity=running&symptom=arch-pain'
    const params = answersToParams(parse(query).answers)
    expect(params.toString()).toBe(
      'flag=night-pain&arch=neutral&symptom=arch-pain&symptom=shin-pain&activity=running&footwear=dress',
    )
    expect(parseAnswers(params).answers).toEqual(parse(query).answers)
  })
})
