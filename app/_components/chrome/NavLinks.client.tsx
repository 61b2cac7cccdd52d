'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

// The finder's cached renderings live under .../answers/<key> (see lib/finder/route.ts); the
// server renders them at that path and the reader sees /finder, so both count as /finder.
const CACHED_RENDERING = /\/answers\/[^/]*$/

/** "page" on the item's own page, "true" anywhere inside its section, else nothing. */
export function currentFor(pathname: string | null, href: string): 'page' | 'true' | undefined {
  if (!pathname || !href.startsWith('/')) return undefined
  const path = pathname.replace(CACHED_RENDERING, '') || '/'
  const target = href.split(/[?#]/)[0] || '/'
  if (path === target) return 'page'
  if (target !== '/' && path.startsWith(`${target}/`)) return 'true'
  return undefined
}

/**
 * A header link that knows whether it is the current page or section. The only client code in
 * the chrome. `markCurrent={false}` where the page is in no section (the 404 page, whose
 * address may still start /guides/).
 */
export function NavLink({
  href,
  className,
  markCurrent = true,
  children,
}: {
  href: string
  className?: string
  markCurrent?: boolean
  children: React.ReactNode
}) {
  const pathname = usePathname()
  return (
    <Link href={href} className={className} aria-current={markCurrent ? currentFor(pathname, href) : undefined}>
      {children}
    </Link>
  )
}
