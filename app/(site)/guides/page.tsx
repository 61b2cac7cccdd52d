import type { Metadata } from 'next'
import Link from 'next/link'
import { GuideCard } from '../../_components/GuideCard'
import { normaliseSearch, searchGuides } from '@/lib/content'
import { BODY_AREA_LABELS, BODY_AREAS, isBodyArea, type BodyArea } from '@/lib/domain'

type SearchParams = Promise<Record<string, string | string[] | undefined>>

// One value per parameter; anything else (repeats, unknown areas) falls back to "no filter".
function single(value: string | string[] | undefined) {
  return typeof value === 'string' ? value : ''
}

function readFilters(params: Record<string, string | string[] | undefined>) {
  const rawArea = single(params.area)
  const area: BodyArea | '' = isBodyArea(rawArea) ? rawArea : ''
  const q = single(params.q).slice(0, 200)
  return { area, q, search: normaliseSearch(q) }
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { area } = readFilters(await searchParams)
  const title = area ? `${BODY_AREA_LABELS[area]} guides` : 'All guides'
  return {
    title,
    description: 'Guides to foot, heel, calf, knee and low back pain, with the evidence and when to get help.',
    alternates: { canonical: area ? `/guides?area=${area}` : '/guides' },
  }
}

export default async function GuidesPage({ searchParams }: { searchParams: SearchParams }) {
  const { area, q, search } = readFilters(await searchParams)
  const guides = await searchGuides({ area, q })
  const heading = area ? `${BODY_AREA_LABELS[area]} guides` : 'All guides'
  return (
    <>
      <h1>{heading}</h1>
      <form className="search-form" role="search" action="/guides" method="get">
        <label htmlFor="guide-search">Search guides</label>
        <div className="search-row">
          <input id="guide-search" name="q" type="search" defaultValue={q} maxLength={200} />
          {area ? <input type="hidden" name="area" value={area} /> : null}
          <button type="submit">Search</button>
        </div>
      </form>

      <nav aria-label="Filter by body area" className="filters">
        <ul>
          <li>
            <Link href={q ? `/guides?q=${encodeURIComponent(q)}` : '/guides'} aria-current={area ? undefined : 'page'}>
              All areas
            </Link>
          </li>
          {BODY_AREAS.map((value) => {
            const href = `/guides?area=${value}${q ? `&q=${encodeURIComponent(q)}` : ''}`
            return (
              <li key={value}>
                <Link href={href} aria-current={area === value ? 'page' : undefined}>
                  {BODY_AREA_LABELS[value]}
                </Link>
              </li>
            )
          })}
        </ul>
      </nav>

      <p className="result-count" role="status">
        {guides.length === 1 ? '1 guide' : `${guides.length} guides`}
        {search ? ` matching “${search}”` : ''}
        {area ? ` about the ${BODY_AREA_LABELS[area].toLowerCase()}` : ''}
      </p>

      {guides.length ? (
        <div className="card-grid">
          {guides.map((guide) => (
            <GuideCard key={guide.id} guide={guide} headingLevel={2} />
          ))}
        </div>
      ) : (
        <div className="empty-state">
          <h2>No guides found</h2>
          <p>Try a shorter or more general word, such as “heel”, “arch” or “back”.</p>
          <ul>
            {area ? (
              <li>
                <Link href={q ? `/guides?q=${encodeURIComponent(q)}` : '/guides'}>Search all body areas</Link>
              </li>
            ) : null}
            <li>
              <Link href="/guides">See every guide</Link>
            </li>
            <li>
              <Link href="/finder">Answer a few questions in the insole finder</Link>
            </li>
          </ul>
        </div>
      )}
    </>
  )
}
