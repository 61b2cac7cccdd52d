import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Picture } from '../../../app/_components/Picture'
import { pictureOf, SEED_IMAGE_PATH, type ImageSource } from '../../../lib/content/image'
import { seedDocuments } from '../../support/seed'

// The content door keeps its configuration on globalThis: drop it so each test reads its own env.
const holder = globalThis as { __groundworkContent?: unknown }
const useSanity = () => {
  vi.stubEnv('NEXT_PUBLIC_SANITY_PROJECT_ID', 'abc123')
  vi.stubEnv('NEXT_PUBLIC_SANITY_DATASET', 'production')
  delete holder.__groundworkContent
}
afterEach(() => {
  vi.unstubAllEnvs()
  delete holder.__groundworkContent
})

const HASH = '0a1b2c3d4e5f60718293a4b5c6d7e8f901234567'
const image = (extra: Partial<NonNullable<ImageSource>> = {}): ImageSource => ({
  alt: 'A wet footprint on card',
  asset: { _id: `image-${HASH}-1200x800-webp`, metadata: { lqip: 'data:image/jpeg;base64,AAAA', dimensions: { width: 1200, height: 800 } } },
  ...extra,
})
const widthsIn = (srcSet: string) => [...srcSet.matchAll(/ (\d+)w/g)].map((m) => Number(m[1]))

describe('pictures from the embedded dataset', () => {
  it('are files the site serves, resized by next/image, with their size and blurred placeholder', () => {
    const picture = pictureOf(image())!
    expect(picture).toMatchObject({ src: `/seed-images/${HASH}-1200x800.webp`, srcSet: null, width: 1200, height: 800 })
    const html = renderToStaticMarkup(<Picture picture={picture} sizes="100vw" />)
    expect(html).toContain('alt="A wet footprint on card"')
    expect(html).toContain(`/_next/image?url=%2Fseed-images%2F${HASH}-1200x800.webp`)
    expect(html).toMatch(/width="1200" height="800"|height="800" width="1200"/)
    expect(html).toContain('data:image/jpeg;base64,AAAA')
  })
})

describe('pictures from Sanity', () => {
  it('come from its CDN with one URL per width, never wider than the original', () => {
    useSanity()
    const picture = pictureOf(image())!
    expect(picture.src).toMatch(/^https:\/\/cdn\.sanity\.io\/images\/abc123\/production\//)
    const widths = widthsIn(picture.srcSet!)
    expect(widths.at(-1)).toBe(1200)
    expect(Math.max(...widths)).toBe(1200)
    for (const w of widths) expect(picture.srcSet).toContain(`w=${w}`)
    const html = renderToStaticMarkup(<Picture picture={picture} sizes="50vw" />)
    expect(html).toContain('srcSet=')
    expect(html).toContain('loading="lazy"')
    expect(html).toContain('background-image:url(data:image/jpeg;base64,AAAA)')
  })

  it("follow the editor's crop: the cropped size, and the crop in every URL", () => {
    useSanity()
    const picture = pictureOf(image({ crop: { top: 0, bottom: 0.5, left: 0.25, right: 0 }, hotspot: { x: 0.6, y: 0.3, width: 0.2, height: 0.2 } }))!
    expect(picture).toMatchObject({ width: 900, height: 400 })
    expect(picture.src).toContain('rect=300,0,900,400')
    expect(Math.max(...widthsIn(picture.srcSet!))).toBe(900)
  })
})

describe('pictures that cannot be drawn properly', () => {
  it('are left out rather than shown without alt text or an asset', () => {
    expect(pictureOf(image({ alt: '  ' }))).toBeNull()
    expect(pictureOf(image({ asset: null }))).toBeNull()
    expect(pictureOf(null)).toBeNull()
    expect(renderToStaticMarkup(<Picture picture={null} sizes="100vw" />)).toBe('')
  })
})

describe('share images', () => {
  it('name the file and its real size: the original when embedded, the 1,280 px rendition from Sanity', async () => {
    const { shareImageOf } = await import('../../../lib/content/image')
    expect(shareImageOf(pictureOf(image()))).toEqual({ url: `/seed-images/${HASH}-1200x800.webp`, width: 1200, height: 800, alt: 'A wet footprint on card' })
    useSanity()
    const wide = pictureOf(image({ asset: { _id: `image-${HASH}-2400x1600-webp`, metadata: null } }))
    expect(shareImageOf(wide)).toMatchObject({ width: 1280, height: 853 })
    expect(shareImageOf(wide)!.url).toContain('w=1280')
    expect(shareImageOf(null)).toBeNull()
  })
})

describe("the seed's image assets", () => {
  it('name the address the site serves each file at (sanity/seed/render-pictures.mjs writes it)', () => {
    const assets = seedDocuments().filter((doc) => doc._type === 'sanity.imageAsset') as unknown as { path: string; url: string }[]
    expect(assets.length).toBeGreaterThan(0)
    for (const asset of assets) expect(asset.url).toBe(`${SEED_IMAGE_PATH}${asset.path.split('/').at(-1)}`)
  })
})
