import 'server-only'
import { createImageUrlBuilder } from '@sanity/image-url'
import { contentConfig } from './client'

// The shape every image query projects (see `picture` in queries.ts).
type Rect = { top?: number | null; bottom?: number | null; left?: number | null; right?: number | null }
export type ImageSource =
  | {
      alt?: string | null
      crop?: Rect | null
      hotspot?: { x?: number | null; y?: number | null; height?: number | null; width?: number | null } | null
      asset?: { _id: string; metadata?: { lqip?: string | null; dimensions?: { width?: number | null; height?: number | null } | null } | null } | null
    }
  | null
  | undefined

/** An image ready to draw: never without alt text or a size, so no picture is unlabeled or shifts the layout. */
export type Picture = {
  alt: string
  width: number
  height: number
  /** A tiny blurred JPEG as a data URL, shown while the picture loads. */
  lqip: string | null
  src: string
  /**
   * With Sanity: one cdn.sanity.io URL per width, none wider than the (cropped) original, so
   * 2x screens get real pixels. Null for the embedded dataset, whose files the site serves
   * itself and next/image resizes.
   */
  srcSet: string | null
}

/** Where the embedded source serves its image files (app/seed-images/[file]/route.ts). */
export const SEED_IMAGE_PATH = '/seed-images/'
const SEED_FILE = /^[a-f0-9]{40}-\d+x\d+\.(?:webp|png|jpg)$/
const SRCSET_WIDTHS = [320, 480, 640, 800, 960, 1280, 1600, 1920, 2400]

/** image-<sha1>-<w>x<h>-<ext>: Sanity's asset id, which says the file's name and size. */
function parseAssetId(id: string) {
  const match = /^image-([a-f0-9]+)-(\d+)x(\d+)-([a-z0-9]+)$/.exec(id)
  return match ? { hash: match[1]!, width: Number(match[2]), height: Number(match[3]), ext: match[4]! } : null
}

/** The file name of an embedded-dataset image, or null when the name is not one of ours. */
export function seedImageFile(name: string): string | null {
  return SEED_FILE.test(name) ? name : null
}

export function pictureOf(image: ImageSource): Picture | null {
  const asset = image?.asset ? parseAssetId(image.asset._id) : null
  const alt = image?.alt?.trim()
  if (!image?.asset || !asset || !alt) return null
  const lqip = image.asset.metadata?.lqip ?? null
  const source = contentConfig().source
  if (source.kind !== 'sanity') {
    return { alt, width: asset.width, height: asset.height, lqip, src: `${SEED_IMAGE_PATH}${asset.hash}-${asset.width}x${asset.height}.${asset.ext}`, srcSet: null }
  }
  // The editor's crop decides the picture's size; the hotspot decides what a tighter crop keeps.
  const crop = image.crop ?? {}
  const width = Math.max(1, Math.round(asset.width * (1 - (crop.left ?? 0) - (crop.right ?? 0))))
  const height = Math.max(1, Math.round(asset.height * (1 - (crop.top ?? 0) - (crop.bottom ?? 0))))
  const builder = createImageUrlBuilder({ projectId: source.projectId, dataset: source.dataset })
  const url = (w: number) =>
    builder
      .image({ asset: { _ref: image.asset!._id }, crop: image.crop ?? undefined, hotspot: image.hotspot ?? undefined } as Parameters<typeof builder.image>[0])
      .width(w)
      .fit('max')
      .auto('format')
      .url()
  const widths = [...SRCSET_WIDTHS.filter((w) => w < width), width]
  return { alt, width, height, lqip, src: url(Math.min(width, 1280)), srcSet: widths.map((w) => `${url(w)} ${w}w`).join(', ') }
}

/** The picture as an Open Graph / Twitter share image: its URL and the size of that file. */
export function shareImageOf(picture: Picture | null): { url: string; width: number; height: number; alt: string } | null {
  if (!picture) return null
  // Sanity's src is drawn at 1,280 px at most (see pictureOf); the embedded file is the original.
  const width = picture.srcSet === null ? picture.width : Math.min(picture.width, 1280)
  return { url: picture.src, width, height: Math.round((picture.height / picture.width) * width), alt: picture.alt }
}
