import Link from 'next/link'
import { pagePath, type GuideCard as GuideCardData } from '@/lib/content'
import { BODY_AREA_LABELS } from '@/lib/domain'
import { Picture } from './Picture'

export function GuideCard({ guide, headingLevel = 3 }: { guide: GuideCardData; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="card">
      <Picture picture={guide.picture} sizes="(max-width: 40rem) 100vw, (max-width: 64rem) 50vw, 22rem" className="card-media" />
      <Heading className="card-title">
        <Link href={pagePath('guide', guide.slug)}>{guide.title}</Link>
      </Heading>
      {guide.summary ? <p>{guide.summary}</p> : null}
      <p className="card-meta">
        {guide.kind === 'explainer' ? 'Explainer' : 'Condition guide'}
        {guide.bodyAreas.length ? ` · ${guide.bodyAreas.map((area) => BODY_AREA_LABELS[area]).join(', ')}` : null}
      </p>
    </article>
  )
}
