import 'server-only'
import { createImageUrlBuilder } from '@sanity/image-url'
import { contentConfig } from './client'

type ImageRef = { asset?: { _ref?: string } | null } | null | undefined

/** A cdn.sanity.io URL for an image field, or null when there is no asset or no Sanity project. */
export function imageUrl(image: ImageRef, width: number): string | null {
  const source = contentConfig().source
  if (source.kind !== 'sanity' || !image?.asset?._ref) return null
  return createImageUrlBuilder({ projectId: source.projectId, dataset: source.dataset })
    .image(image as { asset: { _ref: string } })
    .width(width)
    .fit('max')
    .auto('format')
    .url()
}

/** Width and height from an asset id such as image-abc-1200x800-jpg. */
export function imageDimensions(image: ImageRef): { width: number; height: number } | null {
  const match = /-(\d+)x(\d+)-[a-z0-9]+$/.exec(image?.asset?._ref ?? '')
  return match ? { width: Number(match[1]), height: Number(match[2]) } : null
}
