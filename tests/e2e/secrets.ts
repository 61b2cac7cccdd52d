// Test-only values for the build and server the tests run; they protect nothing real.
import secrets from './secrets.json'

export const E2E_SECRETS = secrets

/** Every secret variable, as the build and the server get it. */
export const E2E_SECRET_ENV = {
  SANITY_REVALIDATE_SECRET: secrets.webhook,
  PREVIEW_SECRET: secrets.preview,
  SANITY_API_READ_TOKEN: secrets.readToken,
}
