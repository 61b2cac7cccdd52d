import type { Metadata } from 'next'
import { sans } from './_components/chrome/font'
import { SiteFooter, SiteHeader } from './_components/SiteChrome'
import NotFound from './(site)/not-found'
import { getSiteSettings } from '@/lib/content'
import './globals.css'

// Any address no route claims. The site has two root layouts (the site and the Studio), so
// Next renders this page whole, on the server: readable without JavaScript, with the site's
// header and footer.
export const metadata: Metadata = { title: 'Page not found | Groundwork', robots: { index: false } }

export default async function GlobalNotFound() {
  const settings = await getSiteSettings()
  return (
    <html lang="en-GB" className={sans.variable}>
      <body>
        <SiteHeader settings={settings} />
        <main id="main" className="wrap">
          <NotFound />
        </main>
        <SiteFooter settings={settings} />
      </body>
    </html>
  )
}
