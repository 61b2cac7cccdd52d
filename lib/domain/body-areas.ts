// Where on the body a guide or exercise is about, and the words readers and editors see.
import { isOneOf } from './one-of'

export const BODY_AREAS = ['foot', 'heel', 'ankle', 'calf', 'knee', 'hip', 'lower-back'] as const
export type BodyArea = (typeof BODY_AREAS)[number]

export const BODY_AREA_LABELS: Record<BodyArea, string> = {
  foot: 'Foot and arch',
  heel: 'Heel',
  ankle: 'Ankle and Achilles',
  calf: 'Calf and shin',
  knee: 'Knee',
  hip: 'Hip and thigh',
  'lower-back': 'Lower back',
}

export const isBodyArea = (value: unknown): value is BodyArea => isOneOf(BODY_AREAS, value)

export const bodyAreaLabel = (value: string) => (isBodyArea(value) ? BODY_AREA_LABELS[value] : value)
