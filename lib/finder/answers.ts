import {
  ACTIVITIES,
  ARCH_TYPES,
  FOOTWEAR,
  HEALTH_CONDITIONS,
  isOneOf,
  RETIRED_SYMPTOMS,
  SYMPTOMS,
  WARNING_SIGN_IDS,
  type Activity,
  type ArchType,
  type Footwear,
  type HealthCondition,
  type Symptom,
  type WarningSign,
} from '../domain'

export type Answers = {
  flags: WarningSign[] | 'none'
  health: HealthCondition[] | 'none'
  arch: ArchType
  symptoms: Symptom[]
  activity: Activity
  footwear: Footwear
}

/** What the URL holds so far; each field is absent until answered. */
export type PartialAnswers = Partial<Answers>

export const FIELDS = ['flag', 'health', 'arch', 'symptom', 'activity', 'footwear'] as const
export type Field = (typeof FIELDS)[number]
export type FieldErrors = Partial<Record<Field, string>>

export type RawParams = Record<string, string | string[] | undefined> | URLSearchParams

export const MAX_SYMPTOMS = 10

const list = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]

/** The values of one of our fields. Only our own names are read, so a parameter named like an
 * Object.prototype member ("toString", "__proto__") is ignored like any other stranger. */
export function fieldValues(params: RawParams, field: Field): string[] {
  if (params instanceof URLSearchParams) return params.getAll(field)
  return Object.hasOwn(params, field) ? list(params[field]) : []
}


function single<T extends string>(values: string[], allowed: readonly T[], what: string, errors: FieldErrors, field: Field) {
  if (values.length === 0) return undefined
  if (values.length > 1) {
    errors[field] = `Choose one ${what}, not several.`
    return undefined
  }
  const [value] = values as [string]
  if (!isOneOf(allowed, value)) {
    errors[field] = `That is not one of the ${what} choices.`
    return undefined
  }
  return value
}

/** A "tick any, or None of these" answer: "none" alone, or known values, once each and sorted. */
function noneOrSome<T extends string>(
  values: string[],
  allowed: readonly T[],
  errors: FieldErrors,
  field: Field,
  messages: { mixed: string; tooMany: string; unknown: string },
): T[] | 'none' | undefined {
  if (values.length === 0) return undefined
  if (values.includes('none')) {
    if (values.length === 1) return 'none'
    errors[field] = messages.mixed
  } else if (values.length > allowed.length) {
    errors[field] = messages.tooMany
  } else if (!values.every((value) => isOneOf(allowed, value))) {
    errors[field] = messages.unknown
  } else {
    return [...new Set(values as T[])].sort()
  }
  return undefined
}

/**
 * Reads the finder's answers from query parameters. Never throws. Messages say what is wrong
 * without repeating the input. Parameters with other names are ignored.
 */
export function parseAnswers(params: RawParams): { answers: PartialAnswers; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const answers: PartialAnswers = {}

  const flags = noneOrSome(fieldValues(params, 'flag'), WARNING_SIGN_IDS, errors, 'flag', {
    mixed: 'Choose "None of these" on its own, or choose the signs you have.',
    tooMany: 'Too many warning signs were given.',
    unknown: 'One of the warning signs was not recognised.',
  })
  if (flags) answers.flags = flags

  const health = noneOrSome(fieldValues(params, 'health'), HEALTH_CONDITIONS, errors, 'health', {
    mixed: 'Choose "None of these" on its own, or choose the ones that apply.',
    tooMany: 'Too many answers were given.',
    unknown: 'One of the answers was not recognised.',
  })
  if (health) answers.health = health

  const arch = single(fieldValues(params, 'arch'), ARCH_TYPES, 'arch type', errors, 'arch')
  if (arch) answers.arch = arch

  const symptoms = fieldValues(params, 'symptom')
  const retired = symptoms.find((symptom) => Object.hasOwn(RETIRED_SYMPTOMS, symptom))
  if (retired) errors.symptom = RETIRED_SYMPTOMS[retired]!
  else if (symptoms.length > MAX_SYMPTOMS) errors.symptom = `Choose at most ${MAX_SYMPTOMS} symptoms.`
  else if (!symptoms.every((symptom) => isOneOf(SYMPTOMS, symptom))) errors.symptom = 'One of the symptoms was not recognised.'
  else if (symptoms.length) answers.symptoms = [...new Set(symptoms as Symptom[])].sort()

  const activity = single(fieldValues(params, 'activity'), ACTIVITIES, 'activity', errors, 'activity')
  if (activity) answers.activity = activity

  const footwear = single(fieldValues(params, 'footwear'), FOOTWEAR, 'footwear', errors, 'footwear')
  if (footwear) answers.footwear = footwear

  return { answers, errors }
}

/** Which required answers are missing, in question order (symptoms may be none). */
export function missingFields(answers: PartialAnswers): Field[] {
  const missing: Field[] = []
  if (!answers.flags) missing.push('flag')
  if (!answers.health) missing.push('health')
  if (!answers.arch) missing.push('arch')
  if (!answers.activity) missing.push('activity')
  if (!answers.footwear) missing.push('footwear')
  return missing
}

/** Complete answers, or null when any required answer is missing. */
export function completeAnswers(answers: PartialAnswers): Answers | null {
  if (missingFields(answers).length) return null
  return { symptoms: [], ...answers } as Answers
}

/** The answers as query parameters, in a fixed order, so equal answers give equal URLs. */
export function answersToParams(answers: PartialAnswers): URLSearchParams {
  const params = new URLSearchParams()
  if (answers.flags === 'none') params.append('flag', 'none')
  else for (const flag of answers.flags ?? []) params.append('flag', flag)
  if (answers.health === 'none') params.append('health', 'none')
  else for (const value of answers.health ?? []) params.append('health', value)
  if (answers.arch) params.set('arch', answers.arch)
  for (const symptom of answers.symptoms ?? []) params.append('symptom', symptom)
  if (answers.activity) params.set('activity', answers.activity)
  if (answers.footwear) params.set('footwear', answers.footwear)
  return params
}
