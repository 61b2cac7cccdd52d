import type { Metadata } from 'next'
import Link from 'next/link'
import { Icon } from '../_components/chrome/Icon'

export const metadata: Metadata = { title: 'Page not found' }

export default function NotFound() {
  return (
    <div className="not-found">
      <p className="not-found-code">Error 404</p>
      <h1>Page not found</h1>
      <p className="lede">We could not find that page. It may have moved, or the address may have a typo.</p>
      <h2 className="not-found-heading">Try one of these</h2>
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
