import 'server-only'
import { isBodyArea, isOneOf, REVIEW_STATUSES, type BodyArea, type ReviewStatus } from '@/lib/domain'
import type { InsoleSupport } from '@/lib/finder/features'
import { checkInsole, supportOf } from '@/lib/finder/insole'
import { pictureOf, type Picture } from './image'
import { httpsHref, safeHref } from './safe-href'
import type {
  EXERCISE_QUERY_RESULT,
  EXERCISES_QUERY_RESULT,
  FEATURED_GUIDES_QUERY_RESULT,
  GUIDE_QUERY_RESULT,
  INSOLE_QUERY_RESULT,
  INSOLES_QUERY_RESULT,
  SITE_SETTINGS_QUERY_RESULT,
} from './sanity.types'

// Documents as pages use them. The generated query types say "maybe null" everywhere, because
// an editor can leave any field empty; here, once, a document without what its page needs
// becomes null (the route answers 404), empty lists become [], links are checked, pictures
// are ready to draw and the domain's values are narrowed. Pages then render without re-checking.

const text = (value: string | null | undefined) => (value?.trim() ? value : null)
const list = <T>(value: T[] | null | undefined): T[] => value ?? []
const areas = (value: string[] | null | undefined): BodyArea[] => list(value).filter(isBodyArea)

export type SiteSettings = {
  brandName: string
  tagline: string | null
  disclaimer: string | null
  navigation: { key: string; label: string; href: string }[]
}

export function siteSettingsView(doc: SITE_SETTINGS_QUERY_RESULT): SiteSettings {
  return {
    brandName: text(doc?.brandName) ?? 'Groundwork',
    tagline: text(doc?.tagline),
    disclaimer: text(doc?.disclaimer),
    navigation: list(doc?.navigation).flatMap((item) => {
      const href = safeHref(item.href)
      const label = text(item.label)
      return href && label ? [{ key: item._key, label, href }] : []
    }),
  }
}

export type GuideCard = {
  id: string
  slug: string
  title: string
  summary: string | null
  bodyAreas: BodyArea[]
  kind: 'condition' | 'explainer'
  picture: Picture | null
}

type GuideCardDoc = FEATURED_GUIDES_QUERY_RESULT[number]

export function guideCardView(doc: GuideCardDoc | null): GuideCard | null {
  const slug = text(doc?.slug)
  const title = text(doc?.title)
  if (!doc || !slug || !title) return null
  return {
    id: doc._id,
    slug,
    title,
    summary: text(doc.summary),
    bodyAreas: areas(doc.bodyAreas),
    kind: doc.kind === 'explainer' ? 'explainer' : 'condition',
    picture: pictureOf(doc.image),
  }
}

export const guideCardsView = (docs: (GuideCardDoc | null)[] | null | undefined): GuideCard[] =>
  list(docs).flatMap((doc) => guideCardView(doc) ?? [])

export type Person = { name: string; role: string | null; credentials: string | null }

const personView = (doc: { name: string | null; role: string | null; credentials: string | null } | null): Person | null => {
  const name = text(doc?.name)
  return doc && name ? { name, role: text(doc.role), credentials: text(doc.credentials) } : null
}

export type Reference = {
  key: string
  title: string
  authors: string | null
  publisher: string | null
  year: number | null
  url: string | null
  doi: string | null
  pmid: string | null
}

type GuideDoc = NonNullable<GUIDE_QUERY_RESULT>
type BodyDoc = NonNullable<GuideDoc['body']>[number]

/** An exercise shown inside a guide's text. */
export type InlineExercise = { slug: string; name: string; summary: string | null; steps: ExerciseStep[]; dose: Dose | null }
export type BodyImage = { _key: string; _type: 'image'; caption: string | null; picture: Picture | null }
export type BodyExercise = { _key: string; _type: 'exerciseEmbed'; exercise: InlineExercise | null }
/** Portable Text for the body renderer: text blocks as stored, pictures and exercises reshaped like the rest. */
export type GuideBodyBlocks = (Exclude<BodyDoc, { _type: 'image' | 'exerciseEmbed' }> | BodyImage | BodyExercise)[]

function bodyView(body: BodyDoc[] | null): GuideBodyBlocks {
  return list(body).map((block) => {
    if (block._type === 'image') return { _key: block._key, _type: 'image', caption: text(block.caption), picture: pictureOf(block) }
    if (block._type !== 'exerciseEmbed') return block
    const exercise = block.exercise
    const slug = text(exercise?.slug)
    const name = text(exercise?.name)
    return {
      _key: block._key,
      _type: 'exerciseEmbed',
      exercise: exercise && slug && name ? { slug, name, summary: text(exercise.summary), steps: stepsView(exercise.steps), dose: doseView(exercise.dose) } : null,
    }
  })
}

export type Guide = {
  id: string
  slug: string
  title: string
  summary: string | null
  updatedAt: string
  bodyAreas: BodyArea[]
  keyPoints: string[]
  hero: Picture | null
  body: GuideBodyBlocks
  conditions: { name: string; slug: string | null }[]
  related: GuideCard[]
  author: Person | null
  reviewer: Person | null
  reviewStatus: ReviewStatus
  reviewedOn: string | null
  nextReviewDue: string | null
  references: Reference[]
}

export function guideView(doc: GUIDE_QUERY_RESULT): Guide | null {
  const slug = text(doc?.slug)
  const title = text(doc?.title)
  if (!doc || !slug || !title) return null
  return {
    id: doc._id,
    slug,
    title,
    summary: text(doc.summary),
    updatedAt: doc._updatedAt,
    bodyAreas: areas(doc.bodyAreas),
    keyPoints: list(doc.keyPoints).filter((point): point is string => Boolean(text(point))),
    hero: pictureOf(doc.heroImage),
    body: bodyView(doc.body),
    conditions: list(doc.conditions).flatMap((condition) => {
      const name = text(condition?.name)
      return name ? [{ name, slug: text(condition.slug) }] : []
    }),
    related: guideCardsView(doc.related),
    author: personView(doc.author),
    reviewer: personView(doc.reviewer),
    reviewStatus: isOneOf(REVIEW_STATUSES, doc.reviewStatus) ? doc.reviewStatus : 'awaiting-review',
    reviewedOn: text(doc.reviewedOn),
    nextReviewDue: text(doc.nextReviewDue),
    references: list(doc.references).flatMap((reference) => {
      const title = text(reference.title)
      if (!title) return []
      return [
        {
          key: reference._key,
          title,
          authors: text(reference.authors),
          publisher: text(reference.publisher),
          year: reference.year ?? null,
          url: safeHref(reference.url),
          doi: text(reference.doi),
          pmid: text(reference.pmid),
        },
      ]
    }),
  }
}

export type ExerciseStep = { key: string; text: string; picture: Picture | null }
export type Dose = { holdSeconds: number | null; reps: number | null; sets: number | null; frequency: string | null }

type StepDoc = { _key: string; text: string | null; image: Parameters<typeof pictureOf>[0] }
type DoseDoc = { holdSeconds?: number | null; reps?: number | null; sets?: number | null; frequency?: string | null } | null

const stepsView = (steps: StepDoc[] | null | undefined): ExerciseStep[] =>
  list(steps).flatMap((step) => {
    const words = text(step.text)
    return words ? [{ key: step._key, text: words, picture: pictureOf(step.image) }] : []
  })

const doseView = (dose: DoseDoc | undefined): Dose | null =>
  dose ? { holdSeconds: dose.holdSeconds ?? null, reps: dose.reps ?? null, sets: dose.sets ?? null, frequency: text(dose.frequency) } : null

export type Exercise = {
  id: string
  slug: string
  name: string
  summary: string | null
  targets: string[]
  steps: ExerciseStep[]
  dose: Dose | null
  cautions: string[]
  picture: Picture | null
  guides: { slug: string; title: string }[]
}

export function exerciseView(doc: EXERCISE_QUERY_RESULT): Exercise | null {
  const slug = text(doc?.slug)
  const name = text(doc?.name)
  if (!doc || !slug || !name) return null
  return {
    id: doc._id,
    slug,
    name,
    summary: text(doc.summary),
    targets: list(doc.targets).filter((target) => Boolean(text(target))),
    steps: stepsView(doc.steps),
    dose: doseView(doc.dose),
    cautions: list(doc.cautions).filter((caution) => Boolean(text(caution))),
    picture: pictureOf(doc.image),
    guides: list(doc.guides).flatMap((guide) => {
      const guideSlug = text(guide.slug)
      const title = text(guide.title)
      return guideSlug && title ? [{ slug: guideSlug, title }] : []
    }),
  }
}

export type ExerciseCard = { id: string; slug: string; name: string; summary: string | null; bodyAreas: BodyArea[]; picture: Picture | null }

export const exerciseCardsView = (docs: EXERCISES_QUERY_RESULT): ExerciseCard[] =>
  docs.flatMap((doc) => {
    const slug = text(doc.slug)
    const name = text(doc.name)
    return slug && name ? [{ id: doc._id, slug, name, summary: text(doc.summary), bodyAreas: areas(doc.bodyAreas), picture: pictureOf(doc.image) }] : []
  })

export type InsoleCard = {
  id: string
  slug: string
  name: string
  tagline: string | null
  price: number | null
  currency: string | null
  support: InsoleSupport
  picture: Picture | null
}

/** Insoles whose support details are complete (the finder's own check): a list leaves the rest out, as the finder does. */
export const insoleCardsView = (docs: INSOLES_QUERY_RESULT): InsoleCard[] =>
  docs.flatMap((doc) => {
    const checked = checkInsole(doc)
    if (!checked.ok) return []
    const { slug, name } = checked.insole
    return [{ id: doc._id, slug, name, tagline: text(doc.tagline), price: doc.price ?? null, currency: doc.currency ?? null, support: supportOf(checked.insole), picture: pictureOf(doc.image) }]
  })

export type Insole = {
  id: string
  slug: string
  name: string
  tagline: string | null
  description: string | null
  price: number | null
  currency: string | null
  buyUrl: string | null
  sizeRange: string | null
  /** How to look after it: plain text, paragraphs split on blank lines. */
  care: string | null
  pictures: Picture[]
  /** Null while an editor has left support fields empty: the page says the details are being updated. */
  support: InsoleSupport | null
  activities: string[]
  footwear: string[]
}

export function insoleView(doc: INSOLE_QUERY_RESULT): Insole | null {
  const slug = text(doc?.slug)
  const name = text(doc?.name)
  if (!doc || !slug || !name) return null
  const checked = checkInsole(doc)
  return {
    id: doc._id,
    slug,
    name,
    tagline: text(doc.tagline),
    description: text(doc.description),
    price: doc.price ?? null,
    currency: doc.currency ?? null,
    buyUrl: httpsHref(doc.buyUrl),
    sizeRange: text(doc.sizeRange),
    care: text(doc.care),
    pictures: list(doc.images).flatMap((image) => pictureOf(image) ?? []),
    support: checked.ok ? supportOf(checked.insole) : null,
    activities: list(doc.activities),
    footwear: list(doc.footwear),
  }
}
