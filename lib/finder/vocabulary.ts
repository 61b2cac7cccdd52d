// The finder's shared vocabulary: answer values and insole features.
// Sanity schemas import these lists, so content and engine can never disagree on a name.

export const BODY_AREAS = ['foot', 'heel', 'ankle', 'calf', 'knee', 'hip', 'lower-back'] as const
export type BodyArea = (typeof BODY_AREAS)[number]

/** The words readers and editors see for each body area, on the site and in the Studio alike. */
export const BODY_AREA_LABELS: Record<BodyArea, string> = {
  foot: 'Foot and arch',
  heel: 'Heel',
  ankle: 'Ankle and Achilles',
  calf: 'Calf and shin',
  knee: 'Knee',
  hip: 'Hip',
  'lower-back': 'Lower back',
}

export const ARCH_TYPES = ['flat', 'low', 'neutral', 'high', 'unsure'] as const
export type ArchType = (typeof ARCH_TYPES)[number]

export const SYMPTOMS = [
  'low-back-pain',
  'calf-tightness',
  'heel-pain',
  'arch-pain',
  'ball-of-foot-pain',
  'knee-pain',
  'shin-pain',
  'achilles-pain',
] as const
export type Symptom = (typeof SYMPTOMS)[number]

export const ACTIVITIES = ['walking', 'running', 'standing', 'court-sports', 'hiking'] as const
export type Activity = (typeof ACTIVITIES)[number]

export const FOOTWEAR = ['athletic', 'casual', 'work-boots', 'dress'] as const
export type Footwear = (typeof FOOTWEAR)[number]

// Insole features a condition document can name, each with an evidence strength.
export const FEATURES = [
  'arch-support',
  'medial-posting',
  'lateral-wedge',
  'firm-shell',
  'deep-heel-cup',
  'cushioning',
  'accommodative-shell',
  'heel-lift',
  'metatarsal-pad',
] as const
export type Feature = (typeof FEATURES)[number]

export const EVIDENCE_LEVELS = ['strong', 'moderate', 'limited', 'weak', 'against'] as const
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number]

export const ARCH_SUPPORT = ['low', 'medium', 'high'] as const
export const FIRMNESS = ['soft', 'semi-rigid', 'rigid'] as const
export const HEEL_CUP = ['shallow', 'medium', 'deep'] as const
export const POSTING = ['none', 'medial', 'lateral'] as const
export const CUSHIONING = ['low', 'medium', 'high'] as const
export const PROFILES = ['slim', 'standard', 'high-volume'] as const
