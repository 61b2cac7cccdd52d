import type { MetadataRoute } from 'next'
import { contentConfig, getSitemapEntries } from '@/lib/content'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { siteUrl } = contentConfig()
  const { guides, insoles, exercises } = await getSitemapEntries()
  const pages = ['/', '/guides', '/insoles', '/exercises', '/finder'].map((path) => ({ url: `${siteUrl}${path}` }))
  const docs = (prefix: string, items: { slug: string | null; _updatedAt: string }[]) =>
    items.flatMap((item) => (item.slug ? [{ url: `${siteUrl}/${prefix}/${item.slug}`, lastModified: item._updatedAt }] : []))
  return [...pages, ...docs('guides', guides), ...docs('insoles', insoles), ...docs('exercises', exercises)]
}
