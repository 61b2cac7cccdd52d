import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { sans } from './_components/chrome/font'
import { SiteFooter, SiteHeader } from './_components/SiteChrome'
import NotFound from './(site)/not-found'
import { getSimilarPages, getSiteSettings, MISSING_PAGE_HEADER } from '@/lib/content'
import './globals.css'

// Any address no route claims. The site has two root layouts (the site and the Studio), so
// Next renders this page whole, on the server: readable without JavaScript, with the site's
// header and footer.
export const metadata: Metadata = { title: 'Page not found | Groundwork', robots: { index: false } }

/** Suggestions are a help, not the page: without them the 404 page still answers. */
async function similarTo(missing: string) {
  try {
    return await getSimilarPages(missing)
  } catch (error) {
    console.error(`[groundwork] No suggestions for ${missing}: ${(error as Error).message}`)
    return []
  }
}

export default async function GlobalNotFound() {
  // An unknown guide, insole or exercise arrives here through the proxy, which names the
  // address asked for; other addresses have no header and get no suggestions.
  const missing = (await headers()).get(MISSING_PAGE_HEADER)
  const [settings, similar] = await Promise.all([getSiteSettings(), missing ? similarTo(missing) : []])
  return (
    <html lang="en-GB" className={sans.variable}>
      <body>
        <SiteHeader settings={settings} inSection={false} />
        <main id="main" className="wrap">
          <NotFound similar={similar} />
        </main>
        <SiteFooter settings={settings} />
      </body>
    </html>
  )
}
