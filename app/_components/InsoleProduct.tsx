import Link from 'next/link'
import { pagePath, type Insole } from '@/lib/content'
import { ACTIVITY_LABELS, FOOTWEAR_LABELS } from '@/lib/domain'
import { BuyLink } from './BuyLink'
import { InsoleSupportList } from './InsoleSupportList'
import { LinkSection } from './LinkSection'
import { formatPrice } from './labels'
import { Picture } from './Picture'

const wordsFor = (value: string) =>
  (Object.hasOwn(ACTIVITY_LABELS, value) && ACTIVITY_LABELS[value as keyof typeof ACTIVITY_LABELS]) ||
  (Object.hasOwn(FOOTWEAR_LABELS, value) && FOOTWEAR_LABELS[value as keyof typeof FOOTWEAR_LABELS]) ||
  value

/**
 * A product page's content: what it is, how it feels, the shoes and activities it is made for,
 * sizes, price, care and a "Buy" link, with neutral links to related guides. Comfort, fit and
 * support only: no conditions it suits and no evidence.
 */
export function InsoleProduct({ insole, guides }: { insole: Insole; guides: readonly { slug: string; title: string }[] }) {
  const { support } = insole
  const price = formatPrice(insole.price, insole.currency)
  const care = insole.care?.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean) ?? []
  return (
    <>
      <h1>{insole.name}</h1>
      {insole.tagline ? <p className="lede">{insole.tagline}</p> : null}
      <Picture picture={insole.pictures[0] ?? null} sizes="(max-width: 40rem) 100vw, 36rem" priority className="product-media" />
      {insole.description ? <p>{insole.description}</p> : null}
      <p>
        {price ? <strong className="price">{price}</strong> : null}
        {insole.sizeRange ? <span> · Sizes {insole.sizeRange}</span> : null}
      </p>
      <BuyLink name={insole.name} href={insole.buyUrl} />

      <section aria-labelledby="support-heading">
        <h2 id="support-heading">Support and fit</h2>
        {support ? <InsoleSupportList insole={support} /> : <p>Support details for this insole are being updated.</p>}
        {insole.activities.length ? (
          <p>
            <strong>Made for:</strong> {insole.activities.map(wordsFor).join(', ')}
          </p>
        ) : null}
        {insole.footwear.length ? (
          <p>
            <strong>Fits:</strong> {insole.footwear.map(wordsFor).join(', ')}
          </p>
        ) : null}
      </section>

      {care.length ? (
        <section aria-labelledby="care-heading">
          <h2 id="care-heading">Care</h2>
          {care.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      ) : null}

      <LinkSection
        id="guides-heading"
        heading="Related guides"
        links={guides.map((guide) => ({ href: pagePath('guide', guide.slug), label: `Read about ${guide.title}` }))}
      />

      <p className="small">
        Insoles can add comfort and support. They do not treat or prevent any condition. Not sure it is right for you?{' '}
        <Link href="/finder">The insole finder</Link> checks for warning signs first.
      </p>
    </>
  )
}
