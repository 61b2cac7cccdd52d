import type { Metadata } from 'next'
import Link from 'next/link'
import { formatPrice } from '../../_components/labels'
import { InsoleSupportList } from '../../_components/InsoleSupportList'
import { Picture } from '../../_components/Picture'
import { getInsoles, pagePath } from '@/lib/content'

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
        {insoles.map((insole) => {
          const price = formatPrice(insole.price, insole.currency)
          return (
            <article className="card" key={insole.id}>
              <Picture picture={insole.picture} sizes="(max-width: 40rem) 100vw, (max-width: 64rem) 50vw, 22rem" className="card-media" />
              <h2 className="card-title">
                <Link href={pagePath('insole', insole.slug)}>{insole.name}</Link>
              </h2>
              {insole.tagline ? <p>{insole.tagline}</p> : null}
              {price ? <p className="price">{price}</p> : null}
              <InsoleSupportList insole={insole.support} />
            </article>
          )
        })}
      </div>
    </>
  )
}
