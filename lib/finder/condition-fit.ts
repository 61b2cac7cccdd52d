import { featureFit, type InsoleSupport } from './features'
import { EVIDENCE_LEVELS, FEATURES, type EvidenceLevel, type Feature } from '../domain'

export type ConditionFeatures = {
  name: string | null
  slug: string | null
  features: { feature: string | null; evidence: string | null; note: string | null }[] | null
}

export type FeatureMatch = { feature: Feature; evidence: EvidenceLevel; note: string | null; fit: number }
export type ConditionFit = { name: string; slug: string; matches: FeatureMatch[] }

const isFeature = (value: unknown): value is Feature => (FEATURES as readonly unknown[]).includes(value)
const isEvidence = (value: unknown): value is EvidenceLevel => (EVIDENCE_LEVELS as readonly unknown[]).includes(value)

/**
 * Which conditions an insole's features speak to, with the evidence for each feature,
 * as the condition documents state it. Only features the insole at least partly has count.
 */
export function conditionFits(insole: InsoleSupport, conditions: readonly ConditionFeatures[]): ConditionFit[] {
  const fits: ConditionFit[] = []
  for (const condition of conditions) {
    if (!condition.name || !condition.slug) continue
    const matches: FeatureMatch[] = []
    for (const entry of condition.features ?? []) {
      if (!isFeature(entry.feature) || !isEvidence(entry.evidence)) continue
      const fit = featureFit(insole, entry.feature)
      if (fit > 0) matches.push({ feature: entry.feature, evidence: entry.evidence, note: entry.note, fit })
    }
    if (matches.length) fits.push({ name: condition.name, slug: condition.slug, matches })
  }
  return fits
}
