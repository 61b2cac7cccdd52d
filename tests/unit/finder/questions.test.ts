import { describe, expect, it } from 'vitest'
import { parseAnswers } from '../../../lib/finder/answers'
import { optionsOf, QUESTIONS, resolveStep } from '../../../lib/finder/questions'
import { HEALTH_CONDITIONS, SIGN_REGION_LABELS, signInfo, WARNING_SIGN_IDS, type WarningSign } from '../../../lib/domain'

const resolve = (query: string) => {
  const params = new URLSearchParams(query)
  const { answers, errors } = parseAnswers(params)
  const { question, notice } = resolveStep(params.get('step') ?? undefined, answers, errors)
  return { step: question.step, notice }
}

describe('resolveStep', () => {
  it('starts at the warning signs', () => {
    expect(resolve('')).toEqual({ step: 1, notice: null })
  })

  it('moves to the asked step when earlier answers are in place', () => {
    expect(resolve('flag=none&health=none&step=3')).toEqual({ step: 3, notice: null })
    expect(resolve('flag=none&health=none&arch=flat&step=4')).toEqual({ step: 4, notice: null })
    expect(resolve('flag=none&health=none&arch=flat&activity=walking&step=6')).toEqual({ step: 6, notice: null })
  })

  it('returns to the first missing required answer, and says why', () => {
    expect(resolve('step=2')).toEqual({ step: 1, notice: 'Please answer this question before moving on.' })
    expect(resolve('flag=none&step=4')).toEqual({ step: 2, notice: 'Please answer this question before moving on.' })
    expect(resolve('flag=none&health=none&step=5')).toEqual({ step: 3, notice: 'Please answer this question before moving on.' })
  })

  it('asking for the results with an answer missing returns to that question, saying why', () => {
    expect(resolve('flag=none&health=none&arch=flat&activity=walking&step=7')).toEqual({
      step: 6,
      notice: 'Please answer this question before moving on.',
    })
  })

  it('symptoms may be left empty', () => {
    expect(resolve('flag=none&health=none&arch=high&step=5')).toEqual({ step: 5, notice: null })
  })

  it('returns to the first invalid answer, even if a later step was asked for', () => {
    expect(resolve('flag=none&health=none&arch=flat&symptom=bogus&activity=walking&step=6')).toEqual({
      step: 4,
      notice: 'One of the symptoms was not recognised. Please answer this question again.',
    })
    expect(resolve('flag=none&health=none&arch=flat&arch=high&step=5').step).toBe(3)
  })

  it('treats a bad step number as the start', () => {
    expect(resolve('step=99').step).toBe(1)
    expect(resolve('step=8').step).toBe(1)
    expect(resolve('step=-1&flag=none').step).toBe(1)
  })
})

describe('QUESTIONS', () => {
  it('asks six questions in order: warning signs, then health, then fit', () => {
    expect(QUESTIONS.map((question) => question.field)).toEqual(['flag', 'health', 'arch', 'symptom', 'activity', 'footwear'])
  })

  it('offers every warning sign once, grouped under where it is felt, and "None of these" last', () => {
    const step1 = QUESTIONS[0]!
    const values = optionsOf(step1).map((option) => option.value)
    expect([...values].sort()).toEqual([...WARNING_SIGN_IDS, 'none'].sort())
    expect(values.at(-1)).toBe('none')
    const headings = step1.groups.map((group) => group.heading).filter(Boolean)
    expect(headings).toEqual(['Back', 'Hip and thigh', 'Knee', 'Calf and shin', 'Ankle and Achilles', 'Foot and heel', 'Anywhere, or feeling unwell'])
    for (const group of step1.groups.filter((g) => g.heading)) {
      for (const option of group.options) expect(SIGN_REGION_LABELS[signInfo(option.value as WarningSign).region]).toBe(group.heading)
    }
  })

  it('asks the health question with every condition and "None of these"', () => {
    expect(optionsOf(QUESTIONS[1]!).map((option) => option.value)).toEqual([...HEALTH_CONDITIONS, 'none'])
  })
})
