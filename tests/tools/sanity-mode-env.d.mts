/** See sanity-mode-env.mjs. */
export const FAKE_SANITY_PORT: number
export const SANITY_MODE_ENV: Record<string, string>
