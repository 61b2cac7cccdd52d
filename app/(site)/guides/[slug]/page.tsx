import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { Breadcrumbs } from '../../../_components/Breadcrumbs'
import { citationsOf } from '../../../_components/citations'
import { GuideBody } from '../../../_components/GuideBody'
import { GuideCard } from '../../../_components/GuideCard'
import { headingsOf } from '../../../_components/headings'
import { JsonLd } from '../../../_components/JsonLd'
import { formatDate } from '../../../_components/labels'
import { REVIEW_STATUS_LABELS } from '@/lib/domain'
import { ReferenceList } from '../../../_components/ReferenceList'
import { Picture } from '../../../_components/Picture'
import { WhenToGetHelp } from '../../../_components/WhenToGetHelp'
import { contentConfig, getGuide, getGuideSlugs, getSiteSettings, pagePath, plain, shareImageOf } from '@/lib/content'

// A CDN may serve this for a minute, then stale while it refreshes (see next.config.ts expireTime).
export const revalidate = 60

type Params = Promise<{ slug: string }>

export async function generateStaticParams() {
  const slugs = await getGuideSlugs()
  return slugs.flatMap(({ slug }) => (slug ? [{ slug }] : []))
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const guide = plain(await getGuide((await params).slug))
  if (!guide) return {}
  const share = shareImageOf(guide.hero)
  const url = pagePath('guide', guide.slug)
  return {
    title: guide.title,
    description: guide.summary,
    alternates: { canonical: url },
    openGraph: { type: 'article', url, title: guide.title, description: guide.summary ?? undefined, ...(share ? { images: [share] } : {}) },
    // Without a picture of its own, the page keeps the site's share card (app/(site)/twitter-image.png).
    ...(share ? { twitter: { card: 'summary_large_image', images: [share] } } : {}),
  }
}

export default async function GuidePage({ params }: { params: Params }) {
  const { slug } = await params
  const [guide, settings] = await Promise.all([getGuide(slug), getSiteSettings()])
  if (!guide) notFound()

  const { siteUrl } = contentConfig()
  const headings = headingsOf(guide.body)
  const status = guide.reviewStatus
  const reviewed = status === 'reviewed' && guide.reviewer && guide.reviewedOn
  const reviewedOn = formatDate(guide.reviewedOn)
  const nextReview = formatDate(guide.nextReviewDue)
  const updated = formatDate(guide.updatedAt)

  return (
    <article className="guide">
      <Breadcrumbs
        siteUrl={siteUrl}
        items={[
          { name: 'Home', href: '/' },
          { name: 'Guides', href: '/guides' },
          { name: guide.title, href: pagePath('guide', guide.slug) },
        ]}
      />
      <JsonLd
        data={{
          '@type': 'MedicalWebPage',
          name: guide.title,
          description: guide.summary,
          url: `${siteUrl}/guides/${guide.slug}`,
          dateModified: guide.updatedAt,
          ...(reviewed ? { lastReviewed: guide.reviewedOn, reviewedBy: { '@type': 'Person', name: guide.reviewer?.name } } : {}),
          ...(guide.author ? { author: { '@type': 'Person', name: guide.author.name, jobTitle: guide.author.role ?? undefined } } : {}),
          about: guide.conditions.map((condition) => ({ '@type': 'MedicalCondition', name: condition.name })),
          citation: guide.references.map((reference) => reference.title),
        }}
      />

      <header className="guide-header">
        <h1>{guide.title}</h1>
        {guide.summary ? <p className="lede">{guide.summary}</p> : null}
        <dl className="review-box">
          <div>
            <dt>Review status</dt>
            <dd>
              <strong className={`status status-${status}`}>{REVIEW_STATUS_LABELS[status]}</strong>
              {status === 'awaiting-review' ? (
                <span> – this guide has not yet been checked by a clinician.</span>
              ) : null}
            </dd>
          </div>
          {guide.author ? (
            <div>
              <dt>Written by</dt>
              <dd>
                {guide.author.name}
                {guide.author.role ? `, ${guide.author.role}` : ''}
              </dd>
            </div>
          ) : null}
          <div>
            <dt>Reviewed by</dt>
            <dd>
              {guide.reviewer
                ? `${guide.reviewer.name}${guide.reviewer.credentials ? `, ${guide.reviewer.credentials}` : ''}`
                : 'Not yet reviewed'}
            </dd>
          </div>
          {reviewedOn ? (
            <div>
              <dt>Page last reviewed</dt>
              <dd>{reviewedOn}</dd>
            </div>
          ) : null}
          {nextReview ? (
            <div>
              <dt>{reviewedOn ? 'Next review due' : 'Clinical review due by'}</dt>
              <dd>{nextReview}</dd>
            </div>
          ) : null}
          {updated ? (
            <div>
              <dt>Last updated</dt>
              <dd>{updated}</dd>
            </div>
          ) : null}
        </dl>
        {guide.references.length ? (
          <p className="small">
            <a href="#references">{guide.references.length} references</a> support this guide.
          </p>
        ) : null}
      </header>

      <Picture picture={guide.hero} sizes="(max-width: 48rem) 100vw, 48rem" priority className="guide-hero" />

      {headings.length > 1 ? (
        <nav aria-labelledby="toc-heading" className="toc">
          <h2 id="toc-heading">On this page</h2>
          <ol>
            {headings
              .filter((heading) => heading.level === 2)
              .map((heading) => (
                <li key={heading.id}>
                  <a href={`#${heading.id}`}>{heading.text}</a>
                </li>
              ))}
            <li>
              <a href="#when-to-get-help">When to get help</a>
            </li>
            {guide.keyPoints.length ? (
              <li>
                <a href="#key-points">Key points</a>
              </li>
            ) : null}
            {guide.references.length ? (
              <li>
                <a href="#references">References</a>
              </li>
            ) : null}
          </ol>
        </nav>
      ) : null}

      <GuideBody body={guide.body} headings={headings} />

      <WhenToGetHelp areas={guide.bodyAreas} />

      {guide.keyPoints.length ? (
        <section aria-labelledby="key-points" className="key-points">
          <h2 id="key-points">Key points</h2>
          <ul>
            {guide.keyPoints.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {guide.references.length ? <ReferenceList references={guide.references} citedFrom={citationsOf(guide.body)} /> : null}

      {guide.related.length ? (
        <section aria-labelledby="related-heading" className="related-guides">
          <h2 id="related-heading">Related guides</h2>
          <div className="card-grid">
            {guide.related.map((related) => (
              <GuideCard key={related.id} guide={related} />
            ))}
          </div>
        </section>
      ) : null}

      <aside className="disclaimer-box" aria-label="About this guide">
        <p>
          This guide explains; it does not diagnose. {settings.brandName} sells insoles, so we say
          where the evidence for them is weak.
        </p>
        <p>
          Looking for insoles? The <Link href="/finder">insole finder</Link> checks for warning signs first.
        </p>
      </aside>
    </article>
  )
}
