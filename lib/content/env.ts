import { z } from 'zod'

// Where content comes from, decided once from the environment.
// Both Sanity variables or neither: a half-set configuration is an error, never a quiet
// fall back to the embedded dataset (that would publish stale content without anyone noticing).

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional())

const envSchema = z
  .object({
    NEXT_PUBLIC_SANITY_PROJECT_ID: optional(
      z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and dashes'),
    ),
    NEXT_PUBLIC_SANITY_DATASET: optional(
      z.string().regex(/^[a-z0-9_-]{1,64}$/, 'must be lowercase letters, digits, _ and -'),
    ),
    NEXT_PUBLIC_SANITY_API_VERSION: optional(
      z.string().regex(/^(\d{4}-\d{2}-\d{2}|v\d{4}-\d{2}-\d{2})$/, 'must be a date such as 2025-09-01'),
    ),
    SANITY_API_READ_TOKEN: optional(z.string()),
    SANITY_API_HOST: optional(z.url({ protocol: /^https?$/ })),
    SANITY_USE_CDN: optional(z.enum(['true', 'false'])),
    SITE_URL: optional(z.url({ protocol: /^https?$/ })),
    EMBEDDED_DATASET_FILE: optional(z.string()),
    SANITY_REVALIDATE_SECRET: optional(z.string().min(16, 'must be at least 16 characters')),
    PREVIEW_SECRET: optional(z.string().min(16, 'must be at least 16 characters')),
    NODE_ENV: optional(z.string()),
  })
  .superRefine((env, ctx) => {
    // Canonical links, Open Graph, JSON-LD, the sitemap and share links all name the origin;
    // a production server that guessed localhost would publish wrong links everywhere.
    if (env.NODE_ENV === 'production' && !env.SITE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['SITE_URL'],
        message: 'is required in production: the https:// address people reach the site at (npm run serve sets http://localhost:3000 for you)',
      })
    }
    const project = env.NEXT_PUBLIC_SANITY_PROJECT_ID
    const dataset = env.NEXT_PUBLIC_SANITY_DATASET
    if (Boolean(project) !== Boolean(dataset)) {
      const missing = project ? 'NEXT_PUBLIC_SANITY_DATASET' : 'NEXT_PUBLIC_SANITY_PROJECT_ID'
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message: `is required when ${project ? 'NEXT_PUBLIC_SANITY_PROJECT_ID' : 'NEXT_PUBLIC_SANITY_DATASET'} is set (set both to read from Sanity, or neither to use the embedded dataset)`,
      })
    }
  })

export const DEFAULT_API_VERSION = '2025-09-01'
export const DEFAULT_SITE_URL = 'http://localhost:3000'

export type SanitySourceConfig = {
  kind: 'sanity'
  projectId: string
  dataset: string
  apiVersion: string
  token?: string
  apiHost?: string
  useCdn: boolean
}
export type EmbeddedSourceConfig = { kind: 'embedded'; file?: string }
export type ContentConfig = {
  siteUrl: string
  source: EmbeddedSourceConfig | SanitySourceConfig
  /** Secrets: never sent to the browser. */
  webhookSecret?: string
  previewSecret?: string
}

export class ContentConfigError extends Error {
  override name = 'ContentConfigError'
}

export function parseContentEnv(env: Record<string, string | undefined>): ContentConfig {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`)
    throw new ContentConfigError(`Invalid content configuration:\n- ${problems.join('\n- ')}`)
  }
  const e = parsed.data
  const base = {
    siteUrl: (e.SITE_URL ?? DEFAULT_SITE_URL).replace(/\/+$/, ''),
    ...(e.SANITY_REVALIDATE_SECRET ? { webhookSecret: e.SANITY_REVALIDATE_SECRET } : {}),
    ...(e.PREVIEW_SECRET ? { previewSecret: e.PREVIEW_SECRET } : {}),
  }
  if (!e.NEXT_PUBLIC_SANITY_PROJECT_ID || !e.NEXT_PUBLIC_SANITY_DATASET) {
    return { ...base, source: e.EMBEDDED_DATASET_FILE ? { kind: 'embedded', file: e.EMBEDDED_DATASET_FILE } : { kind: 'embedded' } }
  }
  return {
    ...base,
    source: {
      kind: 'sanity',
      projectId: e.NEXT_PUBLIC_SANITY_PROJECT_ID,
      dataset: e.NEXT_PUBLIC_SANITY_DATASET,
      apiVersion: e.NEXT_PUBLIC_SANITY_API_VERSION ?? DEFAULT_API_VERSION,
      token: e.SANITY_API_READ_TOKEN,
      apiHost: e.SANITY_API_HOST,
      // The CDN serves published reads; a token (private dataset) goes to the live API.
      useCdn: e.SANITY_USE_CDN ? e.SANITY_USE_CDN === 'true' : !e.SANITY_API_READ_TOKEN,
    },
  }
}
