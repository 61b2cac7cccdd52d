import type { Metadata } from 'next'
import Link from 'next/link'
import { formatPrice } from '../../_components/labels'
import { InsoleSupportList } from '../../_components/InsoleSupportList'
import { Picture } from '../../_components/Picture'
import { getInsoles, pictureOf } from '@/lib/content'
import { checkInsole, supportOf } from '@/lib/finder/insole'

// A CDN may serve this for a minute, then stale while it refreshes (see next.config.ts expireTime).
export const revalidate = 60

export const metadata: Metadata = {
  title: 'Insoles',
  description: 'Every Groundwork insole with its arch support, firmness, heel cup, cushioning and fit.',
  alternates: { canonical: '/insoles' },
}

export default async function InsolesPage() {
  const insoles = await getInsoles()
  return (
    <>
      <h1>Insoles</h1>
      <p className="lede">
        Insoles can add comfort and support. They do not treat a condition. Not sure which to pick?{' '}
        <Link href="/finder">Try the insole finder</Link>.
      </p>
      <div className="card-grid">
        {insoles.map((doc) => {
          const checked = checkInsole(doc)
          if (!checked.ok) return null
          const price = formatPrice(doc.price, doc.currency)
          return (
            <article className="card" key={doc._id}>
              <Picture picture={pictureOf(doc.image)} sizes="(max-width: 40rem) 100vw, (max-width: 64rem) 50vw, 22rem" className="card-media" />
              <h2 className="card-title">
                <Link href={`/insoles/${checked.insole.slug}`}>{checked.insole.name}</Link>
              </h2>
              {doc.tagline ? <p>{doc.tagline}</p> : null}
              {price ? <p className="price">{price}</p> : null}
              <InsoleSupportList insole={supportOf(checked.insole)} />
            </article>
          )
        })}
      </div>
    </>
  )
}
