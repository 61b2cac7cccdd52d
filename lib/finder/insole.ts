import { z } from 'zod'
import type { InsoleSupport } from './features'
import { ACTIVITIES, ARCH_SUPPORT, CUSHIONING, FIRMNESS, FOOTWEAR, HEEL_CUP, POSTING, PROFILES } from '../domain'

// Content is edited by people: the finder checks each insole before it trusts it.
const supportSchema = z.object({
  archSupport: z.enum(ARCH_SUPPORT),
  firmness: z.enum(FIRMNESS),
  heelCup: z.enum(HEEL_CUP),
  posting: z.enum(POSTING),
  cushioning: z.enum(CUSHIONING),
  metatarsalPad: z.boolean(),
  heelLift: z.boolean(),
  profile: z.enum(PROFILES),
})

const insoleSchema = supportSchema.extend({
  slug: z.string().min(1),
  name: z.string().min(1),
  price: z.number().nonnegative().nullish(),
  currency: z.string().length(3).nullish(),
  // Shown as a "Buy" link: https only, as the Studio checks.
  buyUrl: z
    .string()
    .nullish()
    .transform((url) => (url && /^https:\/\/[^\s/]+\.[^\s/]+/.test(url) ? url : null)),
  activities: z
    .array(z.string())
    .nullish()
    .transform((values) => (values ?? []).filter((v): v is (typeof ACTIVITIES)[number] => (ACTIVITIES as readonly string[]).includes(v))),
  footwear: z
    .array(z.string())
    .nullish()
    .transform((values) => (values ?? []).filter((v): v is (typeof FOOTWEAR)[number] => (FOOTWEAR as readonly string[]).includes(v))),
})

export type FinderInsole = z.infer<typeof insoleSchema>

export type InsoleCheck = { ok: true; insole: FinderInsole } | { ok: false; slug: string; problems: string[] }

/** Checks one insole document; problems name the missing or invalid attributes. */
export function checkInsole(doc: unknown): InsoleCheck {
  const parsed = insoleSchema.safeParse(doc)
  if (parsed.success) return { ok: true, insole: parsed.data }
  const slug = typeof (doc as { slug?: unknown })?.slug === 'string' ? (doc as { slug: string }).slug : '(no slug)'
  return { ok: false, slug, problems: parsed.error.issues.map((issue) => issue.path.join('.') || 'document') }
}

export function supportOf(insole: FinderInsole): InsoleSupport {
  const { archSupport, firmness, heelCup, posting, cushioning, metatarsalPad, heelLift, profile } = insole
  return { archSupport, firmness, heelCup, posting, cushioning, metatarsalPad, heelLift, profile }
}
