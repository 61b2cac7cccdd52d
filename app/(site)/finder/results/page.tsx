import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { CopyLink, PrintButton } from '../../../_components/finder/CopyLink'
import { FocusHeading } from '../../../_components/finder/FocusHeading'
import { contentConfig, getFinderContent } from '@/lib/content'
import { answersToParams, type Answers } from '@/lib/finder/answers'
import { childResult, recommend, screenSigns, type Recommendation, type Recommendations, type SeeClinician, type SeekCare } from '@/lib/finder/engine'
import { labelFor, STEP_COUNT } from '@/lib/finder/questions'
import { readFinderRequest } from '@/lib/finder/request'
import { CARE_LEVEL_LABELS, evidenceLabel, OUTSIDE_UK, signInfo, type WarningSign } from '@/lib/domain'

type SearchParams = Promise<Record<string, string | string[] | undefined>>

/** The tab title says what to do, as the heading does. */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const read = readFinderRequest(await searchParams)
  const title =
    read.kind === 'seek-care'
      ? screenSigns(read.flags)!.title
      : read.kind === 'child'
        ? childResult().title
        : read.kind === 'answers' && screenSigns(read.answers.flags) === null
          ? 'Your insole suggestions'
          : 'Your insole finder results'
  return { title, robots: { index: false } }
}

/** The ticked signs, each with why it matters. */
function SignList({ signs }: { signs: readonly WarningSign[] }) {
  return (
    <ul className="sign-list">
      {signs.map((sign) => (
        <li key={sign}>
          <strong>{signInfo(sign).text}.</strong> {signInfo(sign).why}
        </li>
      ))}
    </ul>
  )
}

function SeekCareResult({ result }: { result: SeekCare }) {
  const emergency = result.urgency === 'emergency'
  return (
    <>
      <FocusHeading id="results">{result.title}</FocusHeading>
      <section className={`care-card care-${result.urgency}`} aria-labelledby="care-level">
        <p className="care-level" id="care-level">
          {CARE_LEVEL_LABELS[result.urgency]}
        </p>
        <p className="care-title">{result.message}</p>
        <p className="care-action">
          {emergency ? (
            <a href="tel:999">Call 999</a>
          ) : (
            <>
              <a href="tel:111">Call NHS 111</a> or use <a href="https://111.nhs.uk/">111.nhs.uk</a>. If it gets worse quickly, call{' '}
              <a href="tel:999">999</a>.
            </>
          )}
        </p>
        <p>{OUTSIDE_UK}</p>
      </section>
      <section aria-labelledby="signs-heading">
        <h2 id="signs-heading">What you told us</h2>
        <SignList signs={result.signs} />
      </section>
      <p>We have not suggested any insoles. Insoles are not the right next step for these signs: please get checked first.</p>
      <p>
        <Link href="/finder">Start again</Link>
      </p>
    </>
  )
}

function ChildResult({ result }: { result: SeeClinician }) {
  return (
    <>
      <FocusHeading id="results">{result.title}</FocusHeading>
      <section className="care-card care-soon" aria-labelledby="child-level">
        <p className="care-level" id="child-level">
          {CARE_LEVEL_LABELS.soon}
        </p>
        {result.text.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </section>
      <p>
        Read <Link href="/guides/flat-feet">our guide to flat feet</Link>, or <Link href="/finder">start again</Link> for
        someone 16 or over.
      </p>
    </>
  )
}

function ReasonList({ item }: { item: Recommendation }) {
  return (
    <ul className="reasons">
      {item.reasons.map((reason) => (
        <li key={reason.text}>
          {reason.text}
          {reason.evidence ? (
            <>
              {' '}
              <span className={`evidence evidence-${reason.evidence}`}>({evidenceLabel(reason.evidence)})</span>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

function YourAnswers({ answers }: { answers: Answers }) {
  const flags = answers.flags === 'none' ? ['None'] : answers.flags.map((flag) => signInfo(flag).text)
  const health = answers.health === 'none' ? ['None'] : answers.health.map((value) => labelFor('health', value))
  return (
    <section aria-labelledby="answers-heading" className="your-answers">
      <h2 id="answers-heading">Your answers</h2>
      <dl className="answers">
        <dt>Warning signs</dt>
        <dd>{flags.join('; ')}</dd>
        <dt>Before you choose</dt>
        <dd>{health.join('; ')}</dd>
        <dt>Arch</dt>
        <dd>{labelFor('arch', answers.arch)}</dd>
        <dt>Pain or tightness</dt>
        <dd>{answers.symptoms.length ? answers.symptoms.map((s) => labelFor('symptom', s)).join('; ') : 'None'}</dd>
        <dt>Main activity</dt>
        <dd>{labelFor('activity', answers.activity)}</dd>
        <dt>Shoes</dt>
        <dd>{labelFor('footwear', answers.footwear)}</dd>
      </dl>
    </section>
  )
}

function RecommendationsResult({ result, answers, path }: { result: Recommendations; answers: Answers; path: string }) {
  const top = result.items.slice(0, 3)
  const rest = result.items.slice(3)
  const change = new URLSearchParams(answersToParams(answers))
  change.set('step', String(STEP_COUNT))
  return (
    <>
      <FocusHeading id="results">Your insole suggestions</FocusHeading>
      {result.advisory ? (
        <section className="care-card care-soon" aria-labelledby="advisory-level">
          <p className="care-level" id="advisory-level">
            {CARE_LEVEL_LABELS.soon}
          </p>
          <p className="care-title">{result.advisory.title}</p>
          <SignList signs={result.advisory.signs} />
          <p>{result.advisory.message} You can still read our suggestions below, but get checked first.</p>
        </section>
      ) : null}
      {result.caution ? (
        <section className="care-card care-soon" aria-labelledby="caution-title">
          <p className="care-level">Before you choose</p>
          <p className="care-title" id="caution-title">
            {result.caution.title}
          </p>
          {result.caution.text.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </section>
      ) : null}
      {result.notes.map((note) => (
        <aside className="callout callout-evidence" key={note.topic}>
          <p className="callout-title">{note.topic === 'no-pain' ? 'If your feet do not hurt' : 'About insoles and low back pain'}</p>
          <p>{note.text}</p>
          {note.guide ? (
            <p>
              Read <Link href={`/guides/${note.guide.slug}`}>{note.guide.title}</Link>.
            </p>
          ) : null}
        </aside>
      ))}
      <YourAnswers answers={answers} />

      {top.length ? (
        <section aria-labelledby="top-heading">
          <h2 id="top-heading">Best matches</h2>
          <ol className="card-grid result-list">
            {top.map((item, index) => (
              <li className="card" key={item.slug}>
                <h3 className="card-title">
                  {index + 1}. <Link href={`/insoles/${item.slug}`}>{item.name}</Link>
                </h3>
                <p className="small">Match score {item.score}</p>
                <ReasonList item={item} />
              </li>
            ))}
          </ol>

          <h2 id="compare-heading">Compare support</h2>
          <div className="table-scroll">
            <table aria-labelledby="compare-heading">
              <thead>
                <tr>
                  <th scope="col">Feature</th>
                  {top.map((item) => (
                    <th scope="col" key={item.slug}>
                      {item.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {(
                  [
                    ['Arch support', 'arch'],
                    ['Firmness', 'firmness'],
                    ['Heel cup', 'heelCup'],
                    ['Posting', 'posting'],
                    ['Cushioning', 'cushioning'],
                    ['Metatarsal pad', 'metatarsalPad'],
                    ['Heel lift', 'heelLift'],
                    ['Profile', 'profile'],
                  ] as const
                ).map(([label, key]) => (
                  <tr key={key}>
                    <th scope="row">{label}</th>
                    {top.map((item) => {
                      const value = item.support[key]
                      return <td key={item.slug}>{typeof value === 'boolean' ? (value ? 'Yes' : 'No') : value.replace(/-/g, ' ')}</td>
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : (
        <p>
          None of our insoles is a clear match for those answers. A podiatrist can help you choose, and our{' '}
          <Link href="/guides">guides</Link> explain what you can do yourself.
        </p>
      )}

      {rest.length ? (
        <section aria-labelledby="rest-heading">
          <h2 id="rest-heading">Also worth considering</h2>
          <ul className="rest-list">
            {rest.map((item) => (
              <li key={item.slug}>
                <Link href={`/insoles/${item.slug}`}>{item.name}</Link> <span className="small">(score {item.score})</span>
                <ReasonList item={{ ...item, reasons: item.reasons.slice(0, 2) }} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {result.guides.length ? (
        <section aria-labelledby="guides-heading">
          <h2 id="guides-heading">Guides for you</h2>
          <ul>
            {result.guides.map((guide) => (
              <li key={guide.slug}>
                <Link href={`/guides/${guide.slug}`}>{guide.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {result.exercises.length ? (
        <section aria-labelledby="exercises-heading">
          <h2 id="exercises-heading">Exercises to try</h2>
          <ul>
            {result.exercises.map((exercise) => (
              <li key={exercise.slug}>
                <Link href={`/exercises/${exercise.slug}`}>{exercise.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <p className="small">
        Insoles can add comfort and support. They do not treat or diagnose a condition. Evidence labels come from our
        condition pages.
      </p>
      <div className="result-actions">
        <CopyLink path={path} />
        <PrintButton />
        <Link href={`/finder?${change}`}>Change my answers</Link>
        <Link href="/finder">Start again</Link>
      </div>
      <p className="small share-url">
        Link to these results: <code>{`${contentConfig().siteUrl}${path}`}</code>
      </p>
    </>
  )
}

export default async function FinderResultsPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams
  const read = readFinderRequest(raw)
  if (read.kind === 'invalid') {
    // Back to the wizard, which finds the first question that needs an answer and says why.
    const back = new URLSearchParams()
    for (const [name, value] of Object.entries(raw)) for (const v of [value ?? []].flat()) back.append(name, v)
    back.set('step', String(STEP_COUNT + 1))
    redirect(`/finder?${back}`)
  }
  if (read.kind === 'seek-care') return <SeekCareResult result={screenSigns(read.flags)!} />
  if (read.kind === 'child') return <ChildResult result={childResult()} />
  const result = recommend(read.answers, await getFinderContent())
  if (result.outcome === 'seek-care') return <SeekCareResult result={result} />
  if (result.outcome === 'see-clinician') return <ChildResult result={result} />
  const path = `/finder/results?${answersToParams(read.answers)}`
  return <RecommendationsResult result={result} answers={read.answers} path={path} />
}
