// The environment of the Sanity-mode build and server: Sanity's source, pointed at the fake API.
export const FAKE_SANITY_PORT = 3399
export const SANITY_MODE_ENV = {
  NEXT_DIST_DIR: '.next-sanity',
  NEXT_PUBLIC_SANITY_PROJECT_ID: 'groundwork-test',
  NEXT_PUBLIC_SANITY_DATASET: 'production',
  SANITY_API_HOST: `http://127.0.0.1:${FAKE_SANITY_PORT}`,
  SANITY_USE_CDN: 'false',
  NEXT_TELEMETRY_DISABLED: '1',
}
