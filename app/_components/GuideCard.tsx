import Link from 'next/link'
import { pictureOf, type ImageSource } from '@/lib/content'
import { bodyAreaLabel } from '@/lib/domain'
import { Picture } from './Picture'

export type GuideCardData = {
  slug: string | null
  title: string | null
  summary: string | null
  bodyAreas?: string[] | null
  kind?: string | null
  image?: ImageSource
}

export function GuideCard({ guide, headingLevel = 3 }: { guide: GuideCardData; headingLevel?: 2 | 3 }) {
  if (!guide.slug || !guide.title) return null
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="card">
      <Picture picture={pictureOf(guide.image)} sizes="(max-width: 40rem) 100vw, (max-width: 64rem) 50vw, 22rem" className="card-media" />
      <Heading className="card-title">
        <Link href={`/guides/${guide.slug}`}>{guide.title}</Link>
      </Heading>
      {guide.summary ? <p>{guide.summary}</p> : null}
      <p className="card-meta">
        {guide.kind === 'explainer' ? 'Explainer' : 'Condition guide'}
        {guide.bodyAreas?.length ? ` · ${guide.bodyAreas.map(bodyAreaLabel).join(', ')}` : null}
      </p>
    </article>
  )
}
