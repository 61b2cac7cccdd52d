import type { Metadata } from 'next'
import Link from 'next/link'
import { Icon, type IconName } from '../_components/chrome/Icon'
import type { SimilarPage } from '@/lib/content'

export const metadata: Metadata = { title: 'Page not found' }

type CardLink = { href: string; icon: IconName; title: string; note: string }

const KIND_WORDS: Record<SimilarPage['type'], string> = { guide: 'Guide', insole: 'Insole', exercise: 'Exercise' }

const SECTIONS: CardLink[] = [
  { href: '/guides', icon: 'guide', title: 'Browse all guides', note: 'Foot, heel, calf, knee and back pain' },
  { href: '/insoles', icon: 'insole', title: 'See our insoles', note: 'Support, firmness and fit for each one' },
  { href: '/finder', icon: 'finder', title: 'Use the insole finder', note: 'Six short questions, warning signs first' },
]

function CardLinks({ links }: { links: CardLink[] }) {
  return (
    <ul className="not-found-links">
      {links.map((link) => (
        <li key={link.href}>
          <Link href={link.href}>
            <Icon name={link.icon} className="not-found-icon" />
            <span>
              <strong>{link.title}</strong>
              <span className="small">{link.note}</span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  )
}

/** The 404 page; `similar` are pages like the one asked for (see global-not-found.tsx). */
export default function NotFound({ similar = [] }: { similar?: SimilarPage[] }) {
  return (
    <div className="not-found">
      <p className="not-found-code">Error 404</p>
      <h1>Page not found</h1>
      <p className="lede">We could not find that page. It may have moved, or the address may have a typo.</p>
      {similar.length ? (
        <section aria-labelledby="similar-heading">
          <h2 id="similar-heading" className="not-found-heading">
            Were you looking for one of these?
          </h2>
          <CardLinks links={similar.map((page) => ({ href: page.href, icon: page.type, title: page.label, note: KIND_WORDS[page.type] }))} />
        </section>
      ) : null}
      <h2 className="not-found-heading">{similar.length ? 'Or try one of these' : 'Try one of these'}</h2>
      <CardLinks links={SECTIONS} />
      <p>
        Or <Link href="/">go to the home page</Link>.
      </p>
    </div>
  )
}
