import { existsSync } from 'node:fs'

/** The Chromium Playwright should launch: CHROME_PATH, else Debian's, else Playwright's own (undefined). */
export function chromiumPath() {
  const fromEnv = process.env.CHROME_PATH
  if (fromEnv && existsSync(fromEnv)) return fromEnv
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined
}

/** No network here: keep Chromium from reaching out to Google's services. */
export const OFFLINE_CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
