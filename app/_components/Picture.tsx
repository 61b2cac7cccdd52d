import Image from 'next/image'
import type { Picture as PictureData } from '@/lib/content'

type Props = {
  picture: PictureData | null
  /** How wide the picture is drawn, as the `sizes` attribute says it: the browser picks a file from it. */
  sizes: string
  priority?: boolean
  className?: string
  caption?: string | null
}

/**
 * A picture from the content, at its own aspect (width and height set, so nothing shifts),
 * with its blurred placeholder. Embedded-dataset files go through next/image; Sanity's come
 * straight from its CDN, one file per width.
 */
export function Picture({ picture, sizes, priority, className, caption }: Props) {
  if (!picture) return null
  const blur = picture.lqip ? { backgroundImage: `url(${picture.lqip})`, backgroundSize: 'cover' } : undefined
  const image =
    picture.srcSet === null ? (
      <Image
        src={picture.src}
        alt={picture.alt}
        width={picture.width}
        height={picture.height}
        sizes={sizes}
        priority={priority}
        placeholder={picture.lqip ? (picture.lqip as `data:image/${string}`) : 'empty'}
      />
    ) : (
      // Sanity's CDN resizes and picks the format; next/image would fetch and resize it again.
      // eslint-disable-next-line @next/next/no-img-element
      <img
        src={picture.src}
        srcSet={picture.srcSet}
        sizes={sizes}
        alt={picture.alt}
        width={picture.width}
        height={picture.height}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : undefined}
        decoding="async"
        style={blur}
      />
    )
  return caption ? (
    <figure className={className ? `figure ${className}` : 'figure'}>
      {image}
      <figcaption>{caption}</figcaption>
    </figure>
  ) : (
    <div className={className}>{image}</div>
  )
}
