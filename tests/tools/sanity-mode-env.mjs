// The environment of the Sanity-mode build and server: Sanity's source, pointed at the fake API
// on whatever free loopback port it was given.
export function sanityModeEnv(fakeSanityPort) {
  return {
    NEXT_DIST_DIR: '.next-sanity',
    NEXT_PUBLIC_SANITY_PROJECT_ID: 'groundwork-test',
    NEXT_PUBLIC_SANITY_DATASET: 'production',
    SANITY_API_HOST: `http://127.0.0.1:${fakeSanityPort}`,
    SANITY_USE_CDN: 'false',
    NEXT_TELEMETRY_DISABLED: '1',
    SITE_URL: 'http://localhost:3000',
  }
}
