/** See browser.mjs. */
export function chromiumPath(): string | undefined
/** See browser.mjs. */
export const OFFLINE_CHROMIUM_ARGS: string[]
