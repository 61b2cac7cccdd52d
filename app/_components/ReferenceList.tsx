import type { GUIDE_QUERY_RESULT } from '@/lib/content/sanity.types'
import { safeHref } from './safeHref'

type Reference = NonNullable<NonNullable<GUIDE_QUERY_RESULT>['references']>[number]

export function ReferenceList({ references }: { references: Reference[] }) {
  return (
    <section aria-labelledby="references" className="references">
      <h2 id="references">References</h2>
      <ol>
        {references.map((reference) => {
          const url = safeHref(reference.url)
          return (
            <li key={reference._key}>
              {url ? (
                <a href={url} rel="noopener noreferrer">
                  {reference.title}
                </a>
              ) : (
                reference.title
              )}
              {reference.publisher ? `. ${reference.publisher}` : ''}
              {reference.year ? ` (${reference.year})` : ''}.
              {reference.doi ? (
                <>
                  {' '}
                  DOI: <a href={`https://doi.org/${encodeURI(reference.doi)}`}>{reference.doi}</a>.
                </>
              ) : null}
              {reference.pmid ? (
                <>
                  {' '}
                  PMID:{' '}
                  <a href={`https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(reference.pmid)}/`}>{reference.pmid}</a>.
                </>
              ) : null}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
