import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { SanityImage } from '../../../app/_components/SanityImage'

// Image URLs exist only with a Sanity project (the embedded dataset ships no image files).
// The content door keeps its configuration on globalThis: drop it so it reads these values.
const holder = globalThis as { __groundworkContent?: unknown }
beforeAll(() => {
  vi.stubEnv('NEXT_PUBLIC_SANITY_PROJECT_ID', 'abc123')
  vi.stubEnv('NEXT_PUBLIC_SANITY_DATASET', 'production')
  delete holder.__groundworkContent
})
afterAll(() => {
  vi.unstubAllEnvs()
  delete holder.__groundworkContent
})

const hero = (alt?: string) => ({ alt, asset: { _ref: 'image-0a1b2c3d4e5f-1200x800-jpg' } })

describe('images from the CMS', () => {
  it('renders an image with its alt text, served from Sanity, at the aspect of the original', () => {
    const html = renderToStaticMarkup(<SanityImage image={hero('A wet footprint on card')} width={960} />)
    expect(html).toContain('alt="A wet footprint on card"')
    expect(html).toMatch(/src="[^"]*cdn\.sanity\.io[^"]*0a1b2c3d4e5f-1200x800\.jpg/)
    expect(html).toContain('width="960"')
    expect(html).toContain('height="640"')
  })

  it('renders nothing rather than an image without alt text, or without an asset', () => {
    expect(renderToStaticMarkup(<SanityImage image={hero()} width={960} />)).toBe('')
    expect(renderToStaticMarkup(<SanityImage image={{ alt: 'x', asset: null }} width={960} />)).toBe('')
    expect(renderToStaticMarkup(<SanityImage image={null} width={960} />)).toBe('')
  })
})
