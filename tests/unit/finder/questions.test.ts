import { describe, expect, it } from 'vitest'
import { parseAnswers } from '../../../lib/finder/answers'
import { QUESTIONS, resolveStep } from '../../../lib/finder/questions'
import { WARNING_SIGN_IDS } from '../../../lib/finder/warning-signs'

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
    expect(resolve('flag=none&arch=flat&step=3')).toEqual({ step: 3, notice: null })
    expect(resolve('flag=none&arch=flat&activity=walking&step=5')).toEqual({ step: 5, notice: null })
  })

  it('returns to the first missing required answer, and says why', () => {
    expect(resolve('step=2')).toEqual({ step: 1, notice: 'Please answer this question before moving on.' })
    expect(resolve('flag=none&step=4')).toEqual({ step: 2, notice: 'Please answer this question before moving on.' })
  })

  it('asking for the results with an answer missing returns to that question, saying why', () => {
    expect(resolve('flag=none&arch=flat&activity=walking&step=6')).toEqual({
      step: 5,
      notice: 'Please answer this question before moving on.',
    })
  })

  it('symptoms may be left empty', () => {
    expect(resolve('flag=none&arch=high&step=4')).toEqual({ step: 4, notice: null })
  })

  it('returns to the first invalid answer, even if a later step was asked for', () => {
    expect(resolve('flag=none&arch=flat&symptom=bogus&activity=walking&step=5')).toEqual({
      step: 3,
      notice: 'One of the symptoms was not recognised. Please answer this question again.',
    })
    expect(resolve('flag=none&arch=flat&arch=high&step=5').step).toBe(2)
  })

  it('treats a bad step number as the start', () => {
    expect(resolve('step=99').step).toBe(1)
    expect(resolve('step=7').step).toBe(1)
    expect(resolve('step=-1&flag=none').step).toBe(1)
  })
})

describe('QUESTIONS', () => {
  it('asks the five questions in order, warning signs first, offering every sign', () => {
    expect(QUESTIONS.map((question) => question.field)).toEqual(['flag', 'arch', 'symptom', 'activity', 'footwear'])
    expect(QUESTIONS[0]!.options.map((option) => option.value)).toEqual([...WARNING_SIGN_IDS, 'none'])
  })
})
