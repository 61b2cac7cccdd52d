import { plain } from '@/lib/content'

/**
 * Structured data for search engines; `<` is escaped so content can never close the script
 * tag, and Presentation's hidden characters are removed.
 */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  const json = JSON.stringify({ '@context': 'https://schema.org', ...plain(data) }).replace(/</g, '\\u003c')
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
}
