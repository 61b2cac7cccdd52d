// The finder's answer values and the words the shopper reads for each.

export const ARCH_TYPES = ['flat', 'low', 'neutral', 'high', 'unsure'] as const
export type ArchType = (typeof ARCH_TYPES)[number]

export const ARCH_TYPE_LABELS: Record<ArchType, { label: string; hint: string; words: string }> = {
  flat: { label: 'Flat', hint: 'Most of the sole touches the ground', words: 'flat feet' },
  low: { label: 'Low arch', hint: 'A small gap under the inner foot', words: 'low arches' },
  neutral: { label: 'Medium (neutral) arch', hint: 'About half the middle of the foot shows', words: 'a medium arch' },
  high: { label: 'High arch', hint: 'Only a thin strip joins heel and ball of the foot', words: 'high arches' },
  unsure: { label: 'Not sure', hint: 'That is fine: we will suggest moderate support', words: 'an arch type you are not sure of' },
}

/** Pain or tightness the shopper names. */
export const SYMPTOMS = [
  'low-back-pain',
  'calf-tightness',
  'heel-pain',
  'arch-pain',
  'ball-of-foot-pain',
  'front-knee-pain',
  'knee-arthritis',
  'shin-pain',
  'achilles-pain',
] as const
export type Symptom = (typeof SYMPTOMS)[number]

export const SYMPTOM_LABELS: Record<Symptom, { label: string; words: string }> = {
  'heel-pain': { label: 'Pain under the heel', words: 'heel pain' },
  'arch-pain': { label: 'Pain in the arch of the foot', words: 'arch pain' },
  'ball-of-foot-pain': { label: 'Pain in the ball of the foot', words: 'ball-of-foot pain' },
  'achilles-pain': { label: 'Pain at the back of the heel (Achilles)', words: 'Achilles pain' },
  'calf-tightness': { label: 'Tight calves', words: 'tight calves' },
  'shin-pain': { label: 'Shin pain', words: 'shin pain' },
  'front-knee-pain': { label: 'Pain at the front of the knee, around or behind the kneecap', words: 'pain at the front of the knee' },
  'knee-arthritis': { label: 'Knee arthritis (osteoarthritis)', words: 'knee arthritis' },
  'low-back-pain': { label: 'Low back pain', words: 'low back pain' },
}

/** Values from links shared before a complaint was split: the wizard asks which was meant. */
export const RETIRED_SYMPTOMS: Record<string, string> = {
  'knee-pain': 'Which knee pain? Choose "Pain at the front of the knee" or "Knee arthritis".',
}

export const ACTIVITIES = ['walking', 'running', 'standing', 'court-sports', 'hiking'] as const
export type Activity = (typeof ACTIVITIES)[number]

export const ACTIVITY_LABELS: Record<Activity, string> = {
  walking: 'Walking',
  running: 'Running',
  standing: 'Standing for long periods',
  'court-sports': 'Court sports (tennis, netball, squash)',
  hiking: 'Hiking',
}

export const FOOTWEAR = ['athletic', 'casual', 'work-boots', 'dress'] as const
export type Footwear = (typeof FOOTWEAR)[number]

export const FOOTWEAR_LABELS: Record<Footwear, string> = {
  athletic: 'Trainers or running shoes',
  casual: 'Everyday casual shoes',
  'work-boots': 'Work, safety or hiking boots',
  dress: 'Dress or office shoes',
}

/**
 * The finder complaint that one body area stands for, where it is just one: the home page's
 * body map starts the finder with it chosen. Feet and knees have several; the hip none.
 */
export const BODY_AREA_SYMPTOM: Partial<Record<import('./body-areas').BodyArea, Symptom>> = {
  heel: 'heel-pain',
  ankle: 'achilles-pain',
  calf: 'calf-tightness',
  'lower-back': 'low-back-pain',
}
