// What an insole is made of, and the words for it on product pages, results and in the Studio.
import { isOneOf } from './one-of'

/** Features a condition document can name, each with an evidence strength. */
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
export const isFeature = (value: unknown): value is Feature => isOneOf(FEATURES, value)

export const FEATURE_LABELS: Record<Feature, string> = {
  'arch-support': 'arch support',
  'medial-posting': 'a raised inner edge (medial posting)',
  'lateral-wedge': 'a raised outer edge (lateral wedge)',
  'firm-shell': 'a firm shell',
  'deep-heel-cup': 'a deep heel cup',
  cushioning: 'cushioning',
  'accommodative-shell': 'a pressure-spreading shell',
  'heel-lift': 'a heel lift',
  'metatarsal-pad': 'a metatarsal pad',
}

/** How a feature reads when an insole has it only partly. */
export const PARTIAL_FEATURE_LABELS: Partial<Record<Feature, string>> = {
  'arch-support': 'moderate arch support',
  'firm-shell': 'a semi-rigid shell',
  'deep-heel-cup': 'a medium-depth heel cup',
  cushioning: 'medium cushioning',
  'accommodative-shell': 'a semi-rigid, unposted shell',
}

export const ARCH_SUPPORT = ['low', 'medium', 'high'] as const
export const FIRMNESS = ['soft', 'semi-rigid', 'rigid'] as const
export const HEEL_CUP = ['shallow', 'medium', 'deep'] as const
export const POSTING = ['none', 'medial', 'lateral'] as const
export const CUSHIONING = ['low', 'medium', 'high'] as const
export const PROFILES = ['slim', 'standard', 'high-volume'] as const

export const LEVEL_LABELS: Record<(typeof ARCH_SUPPORT)[number], string> = { low: 'Low', medium: 'Medium', high: 'High' }

export const FIRMNESS_LABELS: Record<(typeof FIRMNESS)[number], string> = { soft: 'Soft', 'semi-rigid': 'Semi-rigid', rigid: 'Rigid' }

export const HEEL_CUP_LABELS: Record<(typeof HEEL_CUP)[number], string> = { shallow: 'Shallow', medium: 'Medium', deep: 'Deep' }

export const POSTING_LABELS: Record<(typeof POSTING)[number], string> = {
  none: 'None (neutral)',
  medial: 'Medial: raised inner edge',
  lateral: 'Lateral: raised outer edge',
}

export const PROFILE_LABELS: Record<(typeof PROFILES)[number], string> = {
  slim: 'Slim, for dress shoes',
  standard: 'Standard',
  'high-volume': 'High volume, for boots',
}
