// Test-only values for the server Playwright starts; they protect nothing real.
export const E2E_SECRETS = {
  webhook: 'e2e-webhook-secret-not-for-production',
  preview: 'e2e-preview-secret-not-for-production',
}
