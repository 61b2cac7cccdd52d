import Link from 'next/link'
import type { SiteSettings } from '@/lib/content'
import { Icon, type IconName } from './chrome/Icon'
import { Logo } from './chrome/Logo'
import { NavLink } from './chrome/NavLinks.client'

type Settings = SiteSettings

/** The sections of the site, for the footer (the header's links come from the site settings). */
const SECTIONS = [
  { href: '/guides', label: 'Guides' },
  { href: '/insoles', label: 'Insoles' },
  { href: '/exercises', label: 'Exercises' },
  { href: '/finder', label: 'Insole finder' },
] as const

/** Each section's icon, by the first part of its path. */
const SECTION_ICONS: Record<string, IconName> = {
  guides: 'guide',
  insoles: 'insole',
  exercises: 'exercise',
  finder: 'finder',
}

const iconFor = (href: string) => (href.startsWith('/') ? SECTION_ICONS[href.split(/[/?#]/)[1] ?? ''] : undefined)

/** The site's header; `inSection={false}` where the page belongs to no section (the 404 page). */
export function SiteHeader({ settings, inSection = true }: { settings: Settings; inSection?: boolean }) {
  const brand = settings.brandName
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="wrap header-inner">
        <Link href="/" className="brand">
          <Logo name={brand} />
        </Link>
        <nav aria-label="Main" className="site-nav">
          <ul className="nav-list">
            {settings.navigation.map(({ key, href, label }) => {
              const icon = iconFor(href)
              return (
                <li key={key}>
                  {/* The finder is the site's call to action. */}
                  <NavLink href={href} className={href === '/finder' ? 'nav-link nav-cta' : 'nav-link'} markCurrent={inSection}>
                    {icon ? <Icon name={icon} className="nav-icon" /> : null}
                    <span className="nav-label">{label}</span>
                  </NavLink>
                </li>
              )
            })}
          </ul>
        </nav>
      </div>
    </header>
  )
}

export function SiteFooter({ settings }: { settings: Settings }) {
  const brand = settings.brandName
  return (
    <footer className="site-footer">
      <div className="wrap footer-inner">
        <div className="footer-brand">
          <Link href="/" className="brand">
            <Logo name={brand} />
          </Link>
          {settings.tagline ? <p className="footer-tagline">{settings.tagline}</p> : null}
        </div>
        <nav aria-label="Site sections" className="footer-nav">
          <ul>
            {SECTIONS.map((section) => (
              <li key={section.href}>
                <Link href={section.href}>{section.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="footer-urgent">
          <Icon name="clinician" className="footer-urgent-icon" />
          <span>In an emergency call 999. For urgent advice call NHS 111.</span>
        </p>
        {settings.disclaimer ? (
          <p className="disclaimer">
            <strong>Important:</strong> {settings.disclaimer}
          </p>
        ) : null}
      </div>
    </footer>
  )
}
