import type { Feature } from '../domain'

/** The support attributes of an insole, as the finder reads them. */
export type InsoleSupport = {
  archSupport: 'low' | 'medium' | 'high'
  firmness: 'soft' | 'semi-rigid' | 'rigid'
  heelCup: 'shallow' | 'medium' | 'deep'
  posting: 'none' | 'medial' | 'lateral'
  cushioning: 'low' | 'medium' | 'high'
  metatarsalPad: boolean
  heelLift: boolean
  profile: 'slim' | 'standard' | 'high-volume'
}

/**
 * How fully an insole has a feature: 1 fully, 0.5 partly, 0 not at all.
 * This is the one place that says what a feature named in a condition document means
 * in terms of insole attributes.
 */
export function featureFit(insole: InsoleSupport, feature: Feature): number {
  switch (feature) {
    case 'arch-support':
      return { high: 1, medium: 0.5, low: 0 }[insole.archSupport]
    case 'medial-posting':
      return insole.posting === 'medial' ? 1 : 0
    case 'lateral-wedge':
      return insole.posting === 'lateral' ? 1 : 0
    case 'firm-shell':
      return { rigid: 1, 'semi-rigid': 0.5, soft: 0 }[insole.firmness]
    case 'deep-heel-cup':
      return { deep: 1, medium: 0.5, shallow: 0 }[insole.heelCup]
    case 'cushioning':
      return { high: 1, medium: 0.5, low: 0 }[insole.cushioning]
    case 'accommodative-shell':
      // Spreads pressure: yields under load and does not push the foot sideways.
      return insole.posting !== 'none' ? 0 : { soft: 1, 'semi-rigid': 0.5, rigid: 0 }[insole.firmness]
    case 'heel-lift':
      return insole.heelLift ? 1 : 0
    case 'metatarsal-pad':
      return insole.metatarsalPad ? 1 : 0
  }
}
