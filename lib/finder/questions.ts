import {
  ACTIVITIES,
  ACTIVITY_LABELS,
  ARCH_TYPE_LABELS,
  ARCH_TYPES,
  FOOTWEAR,
  FOOTWEAR_LABELS,
  HEALTH_CONDITION_LABELS,
  HEALTH_CONDITIONS,
  signInfo,
  signsByRegion,
  SYMPTOM_LABELS,
  SYMPTOMS,
} from '../domain'
import type { Field, FieldErrors, PartialAnswers } from './answers'

export type Option = { value: string; label: string; hint?: string }
/** Options shown together under a heading (the warning signs, by where they are felt). */
export type OptionGroup = { heading: string | null; options: Option[] }
export type Question = {
  step: number
  field: Field
  title: string
  hint: string
  multiple: boolean
  required: boolean
  groups: OptionGroup[]
}

const NONE: Option = { value: 'none', label: 'None of these' }

export const QUESTIONS: Question[] = [
  {
    step: 1,
    field: 'flag',
    title: 'Do you have any of these warning signs?',
    hint: 'Tick any that apply. Some signs need a doctor before anything else.',
    multiple: true,
    required: true,
    groups: [
      ...signsByRegion().map(({ label, signs }) => ({
        heading: label,
        options: signs.map((sign) => ({ value: sign, label: signInfo(sign).text })),
      })),
      { heading: null, options: [NONE] },
    ],
  },
  {
    step: 2,
    field: 'health',
    title: 'Before you choose: do any of these apply to you?',
    hint: 'Tick any that apply. Some feet need a podiatrist before any insole from a shop.',
    multiple: true,
    required: true,
    groups: [
      { heading: null, options: HEALTH_CONDITIONS.map((value) => ({ value, ...HEALTH_CONDITION_LABELS[value] })) },
      { heading: null, options: [NONE] },
    ],
  },
  {
    step: 3,
    field: 'arch',
    title: 'What type of arch do you have?',
    hint: 'Not sure? The "check at home" guide below takes two minutes.',
    multiple: false,
    required: true,
    groups: [{ heading: null, options: ARCH_TYPES.map((value) => ({ value, label: ARCH_TYPE_LABELS[value].label, hint: ARCH_TYPE_LABELS[value].hint })) }],
  },
  {
    step: 4,
    field: 'symptom',
    title: 'Where do you have pain or tightness?',
    hint: 'Tick any that apply. If nothing hurts, leave them all empty.',
    multiple: true,
    required: false,
    groups: [{ heading: null, options: SYMPTOMS.map((value) => ({ value, label: SYMPTOM_LABELS[value].label })) }],
  },
  {
    step: 5,
    field: 'activity',
    title: 'What do you do most on your feet?',
    hint: 'Choose the main one.',
    multiple: false,
    required: true,
    groups: [{ heading: null, options: ACTIVITIES.map((value) => ({ value, label: ACTIVITY_LABELS[value] })) }],
  },
  {
    step: 6,
    field: 'footwear',
    title: 'Which shoes will you wear them in?',
    hint: 'Choose the shoes you wear most.',
    multiple: false,
    required: true,
    groups: [{ heading: null, options: FOOTWEAR.map((value) => ({ value, label: FOOTWEAR_LABELS[value] })) }],
  },
]

export const STEP_COUNT = QUESTIONS.length

export const optionsOf = (question: Question): Option[] => question.groups.flatMap((group) => group.options)

export const labelFor = (field: Field, value: string) => {
  const question = QUESTIONS.find((q) => q.field === field)
  return (question && optionsOf(question).find((option) => option.value === value)?.label) ?? value
}

const hasAnswer = (answers: PartialAnswers, field: Field) =>
  ({
    flag: answers.flags,
    health: answers.health,
    arch: answers.arch,
    symptom: answers.symptoms,
    activity: answers.activity,
    footwear: answers.footwear,
  })[field] !== undefined

/**
 * Which question to show: the one asked for, unless an earlier answer is invalid or a required
 * one is missing; then the first such question, with the reason.
 */
export function resolveStep(requested: unknown, answers: PartialAnswers, errors: FieldErrors): { question: Question; notice: string | null } {
  // Step STEP_COUNT + 1 means "the results", asked for with answers missing.
  const number = typeof requested === 'string' && /^\d{1,2}$/.test(requested) ? Number(requested) : 1
  const asked = number >= 1 && number <= STEP_COUNT + 1 ? number : 1
  for (const question of QUESTIONS) {
    const error = errors[question.field]
    if (error) return { question, notice: `${error} Please answer this question again.` }
    if (question.step >= asked) break
    if (question.required && !hasAnswer(answers, question.field)) {
      return { question, notice: 'Please answer this question before moving on.' }
    }
  }
  return { question: QUESTIONS[Math.min(asked, STEP_COUNT) - 1]!, notice: null }
}
