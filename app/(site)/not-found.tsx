import type { Metadata } from 'next'
import Link from 'next/link'
import { Icon } from '../_components/chrome/Icon'
import type { SimilarPage } from '@/lib/content'

export const metadata: Metadata = { title: 'Page not found' }

const KIND_WORDS: Record<SimilarPage['type'], string> = { guide: 'Guide', insole: 'Insole', exercise: 'Exercise' }

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
          <ul className="not-found-links">
            {similar.map((page) => (
              <li key={page.href}>
                <Link href={page.href}>
                  <Icon name={page.type} className="not-found-icon" />
                  <span>
                    <strong>{page.label}</strong>
                    <span className="small">{KIND_WORDS[page.type]}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <h2 className="not-found-heading">{similar.length ? 'Or try one of these' : 'Try one of these'}</h2>
      <ul className="not-found-links">
        <li>
          <Link href="/guides">
            <Icon name="guide" className="not-found-icon" />
            <span>
              <strong>Browse all guides</strong>
              <span className="small">Foot, heel, calf, knee and back pain</span>
            </span>
          </Link>
        </li>
        <li>
          <Link href="/insoles">
            <Icon name="insole" className="not-found-icon" />
            <span>
              <strong>See our insoles</strong>
              <span className="small">Support, firmness and fit for each one</span>
            </span>
          </Link>
        </li>
        <li>
          <Link href="/finder">
            <Icon name="finder" className="not-found-icon" />
            <span>
              <strong>Use the insole finder</strong>
              <span className="small">Six short questions, warning signs first</span>
            </span>
          </Link>
        </li>
      </ul>
      <p>
        Or <Link href="/">go to the home page</Link>.
      </p>
    </div>
  )
}
