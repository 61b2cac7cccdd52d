import type { Field, FieldErrors, PartialAnswers } from './answers'
import { ACTIVITIES, ARCH_TYPES, FOOTWEAR, SYMPTOMS } from './vocabulary'
import { WARNING_SIGN_IDS, WARNING_SIGNS } from './warning-signs'

export type Option = { value: string; label: string; hint?: string }
export type Question = {
  step: number
  field: Field
  title: string
  hint: string
  multiple: boolean
  required: boolean
  options: Option[]
}

const ARCH_LABELS: Record<(typeof ARCH_TYPES)[number], Option> = {
  flat: { value: 'flat', label: 'Flat', hint: 'Most of the sole touches the ground' },
  low: { value: 'low', label: 'Low arch', hint: 'A small gap under the inner foot' },
  neutral: { value: 'neutral', label: 'Medium (neutral) arch', hint: 'About half the middle of the foot shows' },
  high: { value: 'high', label: 'High arch', hint: 'Only a thin strip joins heel and ball of the foot' },
  unsure: { value: 'unsure', label: 'Not sure', hint: 'That is fine: we will suggest moderate support' },
}

const SYMPTOM_LABELS: Record<(typeof SYMPTOMS)[number], string> = {
  'heel-pain': 'Pain under the heel',
  'arch-pain': 'Pain in the arch of the foot',
  'ball-of-foot-pain': 'Pain in the ball of the foot',
  'achilles-pain': 'Pain at the back of the heel (Achilles)',
  'calf-tightness': 'Tight calves',
  'shin-pain': 'Shin pain',
  'knee-pain': 'Knee pain',
  'low-back-pain': 'Low back pain',
}

const ACTIVITY_LABELS: Record<(typeof ACTIVITIES)[number], string> = {
  walking: 'Walking',
  running: 'Running',
  standing: 'Standing for long periods',
  'court-sports': 'Court sports (tennis, netball, squash)',
  hiking: 'Hiking',
}

const FOOTWEAR_LABELS: Record<(typeof FOOTWEAR)[number], string> = {
  athletic: 'Trainers or running shoes',
  casual: 'Everyday casual shoes',
  'work-boots': 'Work or safety boots',
  dress: 'Dress or office shoes',
}

export const QUESTIONS: Question[] = [
  {
    step: 1,
    field: 'flag',
    title: 'Do you have any of these warning signs?',
    hint: 'Tick any that apply. Some signs need a doctor before anything else.',
    multiple: true,
    required: true,
    options: [
      ...WARNING_SIGN_IDS.map((id) => ({ value: id, label: WARNING_SIGNS[id].text })),
      { value: 'none', label: 'None of these' },
    ],
  },
  {
    step: 2,
    field: 'arch',
    title: 'What type of arch do you have?',
    hint: 'Not sure? The "check at home" guide below takes two minutes.',
    multiple: false,
    required: true,
    options: ARCH_TYPES.map((arch) => ARCH_LABELS[arch]),
  },
  {
    step: 3,
    field: 'symptom',
    title: 'Where do you have pain or tightness?',
    hint: 'Tick any that apply, or none.',
    multiple: true,
    required: false,
    options: SYMPTOMS.map((value) => ({ value, label: SYMPTOM_LABELS[value] })),
  },
  {
    step: 4,
    field: 'activity',
    title: 'What do you do most on your feet?',
    hint: 'Choose the main one.',
    multiple: false,
    required: true,
    options: ACTIVITIES.map((value) => ({ value, label: ACTIVITY_LABELS[value] })),
  },
  {
    step: 5,
    field: 'footwear',
    title: 'Which shoes will you wear them in?',
    hint: 'Choose the shoes you wear most.',
    multiple: false,
    required: true,
    options: FOOTWEAR.map((value) => ({ value, label: FOOTWEAR_LABELS[value] })),
  },
]

export const STEP_COUNT = QUESTIONS.length

export const labelFor = (field: Field, value: string) =>
  QUESTIONS.find((question) => question.field === field)?.options.find((option) => option.value === value)?.label ?? value

const hasAnswer = (answers: PartialAnswers, field: Field) =>
  ({ flag: answers.flags, arch: answers.arch, symptom: answers.symptoms, activity: answers.activity, footwear: answers.footwear })[field] !==
  undefined

/**
 * Which question to show: the one asked for, unless an earlier answer is invalid or a required
 * one is missing; then the first such question, with the reason.
 */
export function resolveStep(requested: unknown, answers: PartialAnswers, errors: FieldErrors): { question: Question; notice: string | null } {
  // Step STEP_COUNT + 1 means "the results", asked for with answers missing.
  const asked = typeof requested === 'string' && /^[1-6]$/.test(requested) ? Number(requested) : 1
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
