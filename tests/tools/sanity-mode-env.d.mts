/** See sanity-mode-env.mjs. */
export function sanityModeEnv(fakeSanityPort: number): Record<string, string>
