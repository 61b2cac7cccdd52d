import { completeAnswers, missingFields, parseAnswers, type Answers, type FieldErrors, type RawParams } from './answers'
import { highestUrgency, type WarningSign } from './warning-signs'

export type FinderRequest =
  | { kind: 'seek-care'; flags: WarningSign[] }
  | { kind: 'answers'; answers: Answers }
  | { kind: 'invalid'; errors: FieldErrors }

/**
 * What a results page or the API should do with these parameters. Emergency and urgent signs
 * need no other answer; otherwise every required answer must be present and valid.
 */
export function readFinderRequest(params: RawParams): FinderRequest {
  const { answers, errors } = parseAnswers(params)
  if (Object.keys(errors).length === 0 && Array.isArray(answers.flags)) {
    const urgency = highestUrgency(answers.flags)
    if (urgency === 'emergency' || urgency === 'urgent') return { kind: 'seek-care', flags: answers.flags }
  }
  const complete = completeAnswers(answers)
  if (Object.keys(errors).length === 0 && complete) return { kind: 'answers', answers: complete }
  const all: FieldErrors = { ...errors }
  for (const field of missingFields(answers)) all[field] ??= 'This answer is required.'
  return { kind: 'invalid', errors: all }
}
