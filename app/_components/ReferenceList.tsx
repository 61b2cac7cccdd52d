import type { Reference } from '@/lib/content'
import { referenceId } from './citations'

/** The full stop a piece of a reference needs, unless it already ends in one (or in ? or !). */
const stop = (text: string) => (/[.?!]$/.test(text) ? '' : '.')

/** "Authors (year). ", "Authors. " or "(year). ", before the title. */
function byline({ authors, year }: Reference) {
  if (authors) return year ? `${authors} (${year}). ` : `${authors}${stop(authors)} `
  return year ? `(${year}). ` : ''
}

/** Numbered references, each with its authors, and links back to where the text cites it. */
export function ReferenceList({ references, citedFrom }: { references: Reference[]; citedFrom: Map<number, string[]> }) {
  return (
    <section aria-labelledby="references" className="references">
      <h2 id="references">References</h2>
      <ol>
        {references.map((reference, index) => {
          const number = index + 1
          const url = reference.url
          const backs = citedFrom.get(number) ?? []
          return (
            <li key={reference.key} id={referenceId(number)}>
              {byline(reference)}
              {url ? (
                <a href={url} rel="noopener noreferrer">
                  {reference.title}
                </a>
              ) : (
                reference.title
              )}
              {stop(reference.title)}
              {/* "NHS. Flat feet." rather than "NHS Flat feet. NHS.": the publisher once, when it is not the author. */}
              {reference.publisher && reference.publisher !== reference.authors ? ` ${reference.publisher}${stop(reference.publisher)}` : ''}
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
              {backs.map((id, at) => (
                <a key={id} href={`#${id}`} className="back-to-text" aria-label={`Back to where the text cites reference ${number}${backs.length > 1 ? ` (${at + 1} of ${backs.length})` : ''}`}>
                  {' '}
                  ↩
                </a>
              ))}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
