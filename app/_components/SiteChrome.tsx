import Link from 'next/link'
import type { SITE_SETTINGS_QUERY_RESULT } from '@/lib/content'
import { safeHref } from './safeHref'

type Settings = SITE_SETTINGS_QUERY_RESULT

export function SiteHeader({ settings }: { settings: Settings }) {
  const brand = settings?.brandName ?? 'Groundwork'
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="wrap header-inner">
        <Link href="/" className="brand">
          {brand}
        </Link>
        <nav aria-label="Main">
          <ul className="nav-list">
            {(settings?.navigation ?? []).map((item) => {
              const href = safeHref(item.href)
              return href && item.label ? (
                <li key={item._key}>
                  <Link href={href}>{item.label}</Link>
                </li>
              ) : null
            })}
          </ul>
        </nav>
      </div>
    </header>
  )
}

export function SiteFooter({ settings }: { settings: Settings }) {
  return (
    <footer className="site-footer">
      <div className="wrap">
        {settings?.disclaimer ? (
          <p className="disclaimer">
            <strong>Important:</strong> {settings.disclaimer}
          </p>
        ) : null}
        <p>
          {settings?.brandName ?? 'Groundwork'}
          {settings?.tagline ? ` · ${settings.tagline}` : null}
        </p>
      </div>
    </footer>
  )
}
