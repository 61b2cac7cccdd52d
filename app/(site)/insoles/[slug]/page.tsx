import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Breadcrumbs } from '../../../_components/Breadcrumbs'
import { InsoleProduct } from '../../../_components/InsoleProduct'
import { JsonLd } from '../../../_components/JsonLd'
import { contentConfig, getConditions, getInsole, getSitemapEntries, pagePath, plain, shareImageOf } from '@/lib/content'
import { relatedGuides } from '@/lib/finder/related-guides'

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
  const url = pagePath('insole', insole.slug)
  return {
    title: insole.name,
    description: insole.tagline,
    alternates: { canonical: url },
    openGraph: { type: 'website', url, title: insole.name, description: insole.tagline ?? undefined, ...(share ? { images: [share] } : {}) },
    // Without a picture of its own, the page keeps the site's share card (app/(site)/twitter-image.png).
    ...(share ? { twitter: { card: 'summary_large_image', images: [share] } } : {}),
  }
}

export default async function InsolePage({ params }: { params: Params }) {
  const { slug } = await params
  const [doc, conditions] = await Promise.all([getInsole(slug), getConditions()])
  if (!doc) notFound()
  const { siteUrl } = contentConfig()
  const { support, buyUrl } = doc
  const guides = support ? relatedGuides(support, conditions) : []

  return (
    <article>
      <Breadcrumbs
        siteUrl={siteUrl}
        items={[
          { name: 'Home', href: '/' },
          { name: 'Insoles', href: '/insoles' },
          { name: doc.name, href: pagePath('insole', doc.slug) },
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
      <InsoleProduct insole={doc} guides={guides} />
    </article>
  )
}
