import { completeAnswers, fieldValues, missingFields, parseAnswers, type Answers, type FieldErrors, type RawParams } from './answers'
import { highestUrgency, WARNING_SIGN_IDS, type WarningSign } from './warning-signs'

export type FinderRequest =
  | { kind: 'seek-care'; flags: WarningSign[] }
  | { kind: 'answers'; answers: Answers }
  | { kind: 'invalid'; errors: FieldErrors }

/**
 * The emergency or urgent signs among the parameters, or null. Read on their own: a sign that
 * needs care today is acted on even when another answer (or another flag) is wrong or missing.
 */
export function careSigns(params: RawParams): WarningSign[] | null {
  const known = fieldValues(params, 'flag').filter((flag): flag is WarningSign => (WARNING_SIGN_IDS as string[]).includes(flag))
  const urgency = highestUrgency(known)
  return urgency === 'emergency' || urgency === 'urgent' ? [...new Set(known)].sort() : null
}

/**
 * What a results page or the API should do with these parameters. Emergency and urgent signs
 * come first and need no other answer; otherwise every required answer must be present and valid.
 */
export function readFinderRequest(params: RawParams): FinderRequest {
  const signs = careSigns(params)
  if (signs) return { kind: 'seek-care', flags: signs }
  const { answers, errors } = parseAnswers(params)
  const complete = completeAnswers(answers)
  if (Object.keys(errors).length === 0 && complete) return { kind: 'answers', answers: complete }
  const all: FieldErrors = { ...errors }
  for (const field of missingFields(answers)) all[field] ??= 'This answer is required.'
  return { kind: 'invalid', errors: all }
}
