import type { MetadataRoute } from 'next'
import { contentConfig } from '@/lib/content'

export default function robots(): MetadataRoute.Robots {
  const { siteUrl } = contentConfig()
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/studio', '/api/'] }],
    sitemap: `${siteUrl}/sitemap.xml`,
  }
}
