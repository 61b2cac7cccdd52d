import Image from 'next/image'
import { imageDimensions, imageUrl } from '@/lib/content'

type Props = {
  image: { alt?: string | null; caption?: string | null; asset?: { _ref?: string } | null } | null | undefined
  width: number
  priority?: boolean
}

/** Renders a CMS image only when it has an asset and alt text; never an unlabeled picture. */
export function SanityImage({ image, width, priority }: Props) {
  const src = imageUrl(image, width)
  const size = imageDimensions(image)
  if (!src || !size || !image?.alt) return null
  const height = Math.round((size.height / size.width) * width)
  return (
    <figure className="figure">
      <Image src={src} alt={image.alt} width={width} height={height} priority={priority} sizes="(max-width: 48rem) 100vw, 48rem" />
      {image.caption ? <figcaption>{image.caption}</figcaption> : null}
    </figure>
  )
}
