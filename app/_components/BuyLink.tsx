import { httpsHref } from '@/lib/content'

/** The shop link for an insole, named with the product: https only, as the Studio checks. */
export function BuyLink({ name, href }: { name: string; href: string | null | undefined }) {
  const url = httpsHref(href)
  if (!url) return null
  return (
    <p>
      <a className="button" href={url} rel="noopener noreferrer">
        Buy {name}
      </a>
    </p>
  )
}
