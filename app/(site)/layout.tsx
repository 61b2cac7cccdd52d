import type { Metadata, Viewport } from 'next'
import { sans } from '../_components/chrome/font'
import { SiteFooter, SiteHeader } from '../_components/SiteChrome'
import { VisualEditing } from 'next-sanity/visual-editing'
import { contentConfig, getSiteSettings, isPreview, isVisualEditing, plain } from '@/lib/content'
import '../globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const settings = plain(await getSiteSettings())
  const brand = settings.brandName
  return {
    metadataBase: new URL(contentConfig().siteUrl),
    title: { default: `${brand}: foot, calf and back pain guides`, template: `%s | ${brand}` },
    description: settings.tagline ?? undefined,
    openGraph: { siteName: brand, type: 'website', locale: 'en_GB' },
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b5d4b' }

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const [settings, preview, editing] = await Promise.all([getSiteSettings(), isPreview(), isVisualEditing()])
  return (
    <html lang="en-GB" className={sans.variable}>
      <body>
        {preview ? (
          <div className="preview-bar" role="region" aria-label="Preview">
            <strong>Preview</strong>: you are seeing unpublished drafts.{' '}
            {/* A route handler, not a page: a full request clears the cookie and redirects. */}
            <a href="/api/draft-mode/disable">Leave preview</a>
          </div>
        ) : null}
        <SiteHeader settings={settings} />
        <main id="main" className="wrap">
          {children}
        </main>
        <SiteFooter settings={settings} />
        {/* Presentation's overlays and live refresh: only in draft mode, so published pages load none of it. */}
        {editing ? <VisualEditing /> : null}
      </body>
    </html>
  )
}
