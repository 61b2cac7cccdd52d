import { EVIDENCE_WEIGHT, isEvidenceLevel, isFeature } from '../domain'
import { featureFit, type InsoleSupport } from './features'

export type GuideConditions = {
  name: string | null
  slug: string | null
  features: { feature: string | null; evidence: string | null }[] | null
  avoid?: { feature: string | null }[] | null
  guides: { slug: string | null; title: string | null }[] | null
}

/**
 * Guides a product page may link to neutrally ("Read about heel pain"): guides on conditions
 * for which the insole has a feature with some evidence, and nothing the condition rules out.
 * A product page lists no conditions it suits and no evidence: that would be a product claim.
 */
export function relatedGuides(insole: InsoleSupport, conditions: readonly GuideConditions[]): { slug: string; title: string }[] {
  const guides = new Map<string, string>()
  for (const condition of conditions) {
    const has = (feature: unknown) => isFeature(feature) && featureFit(insole, feature) > 0
    const ruledOut =
      (condition.avoid ?? []).some((entry) => has(entry.feature)) ||
      (condition.features ?? []).some((entry) => entry.evidence === 'against' && has(entry.feature))
    const supported = (condition.features ?? []).some(
      (entry) => isEvidenceLevel(entry.evidence) && entry.evidence !== 'against' && EVIDENCE_WEIGHT[entry.evidence] > 0 && has(entry.feature),
    )
    if (ruledOut || !supported) continue
    for (const guide of condition.guides ?? []) if (guide.slug && guide.title) guides.set(guide.slug, guide.title)
  }
  return [...guides].map(([slug, title]) => ({ slug, title })).sort((a, b) => a.title.localeCompare(b.title, 'en'))
}
