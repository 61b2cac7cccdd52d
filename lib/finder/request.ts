import { highestUrgency, isHealthCondition, isWarningSign, type WarningSign } from '../domain'
import { completeAnswers, fieldValues, missingFields, parseAnswers, type Answers, type FieldErrors, type RawParams } from './answers'

export type FinderRequest =
  | { kind: 'seek-care'; flags: WarningSign[] }
  | { kind: 'child' }
  | { kind: 'answers'; answers: Answers }
  | { kind: 'invalid'; errors: FieldErrors }

/**
 * The emergency or urgent signs among the parameters, or null. Read on their own: a sign that
 * needs care today is acted on even when another answer (or another flag) is wrong or missing.
 */
export function careSigns(params: RawParams): WarningSign[] | null {
  const known = fieldValues(params, 'flag').filter(isWarningSign)
  const urgency = highestUrgency(known)
  return urgency === 'emergency' || urgency === 'urgent' ? [...new Set(known)].sort() : null
}

/** True when the answers say the insoles are for a child: no product follows, whatever else was answered. */
export const forChild = (params: RawParams) => fieldValues(params, 'health').filter(isHealthCondition).includes('under-16')

/**
 * What a results page or the API should do with these parameters. Emergency and urgent signs
 * come first and need no other answer, then a child's feet; otherwise every required answer
 * must be present and valid.
 */
export function readFinderRequest(params: RawParams): FinderRequest {
  const signs = careSigns(params)
  if (signs) return { kind: 'seek-care', flags: signs }
  if (forChild(params)) return { kind: 'child' }
  const { answers, errors } = parseAnswers(params)
  const complete = completeAnswers(answers)
  if (Object.keys(errors).length === 0 && complete) return { kind: 'answers', answers: complete }
  const all: FieldErrors = { ...errors }
  for (const field of missingFields(answers)) all[field] ??= 'This answer is required.'
  return { kind: 'invalid', errors: all }
}
