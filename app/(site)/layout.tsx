import type { Metadata, Viewport } from 'next'
import { SiteFooter, SiteHeader } from '../_components/SiteChrome'
import { contentConfig, getSiteSettings } from '@/lib/content'
import '../globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  const brand = settings?.brandName ?? 'Groundwork'
  return {
    metadataBase: new URL(contentConfig().siteUrl),
    title: { default: `${brand}: foot, calf and back pain guides`, template: `%s | ${brand}` },
    description: settings?.tagline ?? undefined,
    openGraph: { siteName: brand, type: 'website', locale: 'en_GB' },
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b5d4b' }

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const settings = await getSiteSettings()
  return (
    <html lang="en-GB">
      <body>
        <SiteHeader settings={settings} />
        <main id="main" className="wrap">
          {children}
        </main>
        <SiteFooter settings={settings} />
      </body>
    </html>
  )
}
