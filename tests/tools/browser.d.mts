/** See browser.mjs. */
export function chromiumPath(): string | undefined
