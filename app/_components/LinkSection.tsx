import Link from 'next/link'

export type LinkItem = { href: string; label: string }

/** A headed list of links to other pages ("Guides for you", "Related guides"); nothing when there are none. */
export function LinkSection({ id, heading, links }: { id: string; heading: string; links: LinkItem[] }) {
  if (!links.length) return null
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href}>{link.label}</Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
