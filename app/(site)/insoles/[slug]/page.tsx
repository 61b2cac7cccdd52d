import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { Breadcrumbs } from '../../../_components/Breadcrumbs'
import { InsoleSupportList } from '../../../_components/InsoleSupportList'
import { JsonLd } from '../../../_components/JsonLd'
import { LinkSection } from '../../../_components/LinkSection'
import { formatPrice } from '../../../_components/labels'
import { Picture } from '../../../_components/Picture'
import { contentConfig, getConditions, getInsole, getSitemapEntries, plain, shareImageOf } from '@/lib/content'
import { relatedGuides } from '@/lib/finder/related-guides'
import { ACTIVITY_LABELS, FOOTWEAR_LABELS } from '@/lib/domain'

// A CDN may serve this for a minute, then stale while it refreshes (see next.config.ts expireTime).
export const revalidate = 60

type Params = Promise<{ slug: string }>

export async function generateStaticParams() {
  const { insoles } = await getSitemapEntries()
  return insoles.flatMap(({ slug }) => (slug ? [{ slug }] : []))
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const insole = plain(await getInsole((await params).slug))
  if (!insole) return {}
  const share = shareImageOf(insole.pictures[0] ?? null)
  const url = `/insoles/${insole.slug}`
  return {
    title: insole.name,
    description: insole.tagline,
    alternates: { canonical: url },
    openGraph: { type: 'website', url, title: insole.name, description: insole.tagline ?? undefined, ...(share ? { images: [share] } : {}) },
    // Without a picture of its own, the page keeps the site's share card (app/(site)/twitter-image.png).
    ...(share ? { twitter: { card: 'summary_large_image', images: [share] } } : {}),
  }
}

const wordsFor = (value: string) =>
  (Object.hasOwn(ACTIVITY_LABELS, value) && ACTIVITY_LABELS[value as keyof typeof ACTIVITY_LABELS]) ||
  (Object.hasOwn(FOOTWEAR_LABELS, value) && FOOTWEAR_LABELS[value as keyof typeof FOOTWEAR_LABELS]) ||
  value

export default async function InsolePage({ params }: { params: Params }) {
  const { slug } = await params
  const [doc, conditions] = await Promise.all([getInsole(slug), getConditions()])
  if (!doc) notFound()
  const { siteUrl } = contentConfig()
  const { support, buyUrl } = doc
  const guides = support ? relatedGuides(support, conditions) : []
  const price = formatPrice(doc.price, doc.currency)

  return (
    <article>
      <Breadcrumbs
        siteUrl={siteUrl}
        items={[
          { name: 'Home', href: '/' },
          { name: 'Insoles', href: '/insoles' },
          { name: doc.name, href: `/insoles/${doc.slug}` },
        ]}
      />
      <JsonLd
        data={{
          '@type': 'Product',
          name: doc.name,
          description: doc.description ?? doc.tagline,
          brand: { '@type': 'Brand', name: 'Groundwork' },
          url: `${siteUrl}/insoles/${doc.slug}`,
          ...(typeof doc.price === 'number'
            ? {
                offers: {
                  '@type': 'Offer',
                  price: doc.price.toFixed(2),
                  priceCurrency: doc.currency ?? 'GBP',
                  ...(buyUrl ? { url: buyUrl } : {}),
                },
              }
            : {}),
        }}
      />
      <h1>{doc.name}</h1>
      {doc.tagline ? <p className="lede">{doc.tagline}</p> : null}
      <Picture picture={doc.pictures[0] ?? null} sizes="(max-width: 40rem) 100vw, 36rem" priority className="product-media" />
      {doc.description ? <p>{doc.description}</p> : null}
      <p>
        {price ? <strong className="price">{price}</strong> : null}
        {doc.sizeRange ? <span> · Sizes {doc.sizeRange}</span> : null}
      </p>
      {buyUrl ? (
        <p>
          <a className="button" href={buyUrl} rel="noopener noreferrer">
            Buy {doc.name}
          </a>
        </p>
      ) : null}

      <section aria-labelledby="support-heading">
        <h2 id="support-heading">Support and fit</h2>
        {support ? (
          <InsoleSupportList insole={support} />
        ) : (
          <p>Support details for this insole are being updated.</p>
        )}
        {doc.activities.length ? (
          <p>
            <strong>Made for:</strong> {doc.activities.map(wordsFor).join(', ')}
          </p>
        ) : null}
        {doc.footwear.length ? (
          <p>
            <strong>Fits:</strong> {doc.footwear.map(wordsFor).join(', ')}
          </p>
        ) : null}
      </section>

      <LinkSection
        id="guides-heading"
        heading="Related guides"
        links={guides.map((guide) => ({ href: `/guides/${guide.slug}`, label: `Read about ${guide.title}` }))}
      />

      <p className="small">
        Insoles can add comfort and support. They do not treat or prevent any condition. Not sure it is right for you?{' '}
        <Link href="/finder">The insole finder</Link> checks for warning signs first.
      </p>
    </article>
  )
}
