import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { BuyLink } from '../BuyLink'
import { CopyLink, PrintButton } from './CopyLink'
import { FocusHeading } from './FocusHeading'
import { LinkSection } from '../LinkSection'
import { contentConfig, getFinderContent, pagePath, type Picture as PictureData, pictureOf } from '@/lib/content'
import { Picture } from '../Picture'
import { answersToParams, type Answers } from '@/lib/finder/answers'
import {
  BEST_PICKS,
  childResult,
  recommend,
  screenSigns,
  type Recommendation,
  type Recommendations,
  type SeeClinician,
  type SeekCare,
} from '@/lib/finder/engine'
import { labelFor, STEP_COUNT } from '@/lib/finder/questions'
import { readFinderRequest } from '@/lib/finder/request'
import {
  CARE_LEVEL_LABELS,
  FEATURE_LABELS,
  FIRMNESS_LABELS,
  FOOTWEAR_LABELS,
  HEEL_CUP_LABELS,
  LEVEL_LABELS,
  OUTSIDE_UK,
  POSTING_LABELS,
  PROFILE_LABELS,
  signInfo,
  type WarningSign,
} from '@/lib/domain'
import { formatPrice } from '../labels'

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

type Params = Record<string, string | string[] | undefined>

/** The tab title says what to do, as the heading does. */
export function finderResultsMetadata(params: Params): Metadata {
  const read = readFinderRequest(params)
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

const AT_A_GLANCE = [
  ['Arch support', 'arch', LEVEL_LABELS],
  ['Cushioning', 'cushioning', LEVEL_LABELS],
  ['Firmness', 'firmness', FIRMNESS_LABELS],
] as const

/** One pick: name, price, one plain line of why, the shoes it fits, and support at a glance. */
type Pictures = ReadonlyMap<string, PictureData | null>

export function Pick({ item, rank, picture }: { item: Recommendation; rank?: number; picture: PictureData | null | undefined }) {
  const price = formatPrice(item.price, item.currency)
  return (
    <>
      <Picture picture={picture ?? null} sizes="(max-width: 40rem) 100vw, (max-width: 64rem) 50vw, 22rem" className="pick-media" />
      <h3 className="card-title">
        {rank ? `${rank}. ` : null}
        <Link href={pagePath('insole', item.slug)}>{item.name}</Link>
      </h3>
      {price ? <p className="price">{price}</p> : null}
      <p className="why">{item.why}.</p>
      <p className="small">Fits: {item.fits.map((footwear) => FOOTWEAR_LABELS[footwear]).join(', ')}</p>
      <dl className="glance">
        {AT_A_GLANCE.map(([label, key, words]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd>{(words as Record<string, string>)[item.support[key]] ?? item.support[key]}</dd>
          </div>
        ))}
      </dl>
      <BuyLink name={item.name} href={item.buyUrl} />
    </>
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

function RecommendationsResult({ result, answers, path, pictures }: { result: Recommendations; answers: Answers; path: string; pictures: Pictures }) {
  const top = result.items.slice(0, BEST_PICKS)
  const rest = result.items.slice(BEST_PICKS)
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
          <p className="callout-title">{note.title}</p>
          <p>{note.text}</p>
          {note.guide ? (
            <p>
              Read <Link href={pagePath('guide', note.guide.slug)}>{note.guide.title}</Link>.
            </p>
          ) : null}
        </aside>
      ))}
      {top.length ? (
        <section aria-labelledby="top-heading">
          <h2 id="top-heading">Best matches</h2>
          <ol className="card-grid result-list">
            {top.map((item, index) => (
              <li className="card" key={item.slug}>
                <Pick item={item} rank={index + 1} picture={pictures.get(item.slug)} />
              </li>
            ))}
          </ol>
        </section>
      ) : (
        <section aria-labelledby="top-heading">
          <h2 id="top-heading">Nothing fits these answers</h2>
          <p>
            None of our insoles fits those shoes and answers. A podiatrist can help you choose, and our{' '}
            <Link href="/guides">guides</Link> explain what you can do yourself.
          </p>
        </section>
      )}

      {rest.length ? (
        <section aria-labelledby="rest-heading">
          <h2 id="rest-heading">Also fits</h2>
          <ul className="card-grid rest-list">
            {rest.map((item) => (
              <li className="card" key={item.slug}>
                <Pick item={item} picture={pictures.get(item.slug)} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {top.length > 1 ? (
        <section aria-labelledby="compare-heading">
          <h2 id="compare-heading">Compare the best matches</h2>
          {/* Focusable so a keyboard can scroll it when it is wider than the screen. */}
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="compare-heading">
            <table>
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
                    ['Price', (item: Recommendation) => formatPrice(item.price, item.currency) ?? '–'],
                    ['Arch support', (item: Recommendation) => LEVEL_LABELS[item.support.arch]],
                    ['Cushioning', (item: Recommendation) => LEVEL_LABELS[item.support.cushioning]],
                    ['Firmness', (item: Recommendation) => FIRMNESS_LABELS[item.support.firmness]],
                    ['Heel cup', (item: Recommendation) => HEEL_CUP_LABELS[item.support.heelCup]],
                    ['Posting', (item: Recommendation) => POSTING_LABELS[item.support.posting]],
                    ['Metatarsal pad', (item: Recommendation) => (item.support.metatarsalPad ? 'Yes' : 'No')],
                    ['Heel lift', (item: Recommendation) => (item.support.heelLift ? 'Yes' : 'No')],
                    ['Profile', (item: Recommendation) => PROFILE_LABELS[item.support.profile]],
                  ] as const
                ).map(([label, value]) => (
                  <tr key={label}>
                    <th scope="row">{label}</th>
                    {top.map((item) => (
                      <td key={item.slug}>{value(item)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      {/* After the picks, so a phone shows the picks first; still printed with them. */}
      <YourAnswers answers={answers} />

      {result.research.length ? (
        <section aria-labelledby="research-heading">
          <h2 id="research-heading">What research says</h2>
          <p className="small">About kinds of insole feature, not about any one product.</p>
          <ul className="research-list">
            {result.research.map((line) => (
              <li key={line.topic}>
                <strong>{line.complaint}:</strong> {line.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {result.ruledOut.length ? (
        <section aria-labelledby="ruled-out-heading">
          <h2 id="ruled-out-heading">Left out for you</h2>
          <ul>
            {result.ruledOut.map((rule) => (
              <li key={rule.feature}>
                No insole with {FEATURE_LABELS[rule.feature]}: {lowerFirst(rule.reason)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <LinkSection id="guides-heading" heading="Guides for you" links={result.guides.map((guide) => ({ href: pagePath('guide', guide.slug), label: guide.title }))} />
      <LinkSection
        id="exercises-heading"
        heading="Exercises to try"
        links={result.exercises.map((exercise) => ({ href: pagePath('exercise', exercise.slug), label: exercise.name }))}
      />

      <p className="small">
        Insoles can add comfort and support. They do not treat or diagnose a condition. What research says comes from
        our condition pages and is about kinds of feature, never about a product.
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

/** The results for these search parameters (or the redirect back to the wizard they call for). */
export async function FinderResults({ params: raw }: { params: Params }) {
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
  const content = await getFinderContent()
  const result = recommend(read.answers, content)
  if (result.outcome === 'seek-care') return <SeekCareResult result={result} />
  if (result.outcome === 'see-clinician') return <ChildResult result={result} />
  const path = `/finder/results?${answersToParams(read.answers)}`
  const pictures = new Map(content.insoles.map((insole) => [insole.slug ?? '', pictureOf(insole.image)]))
  return <RecommendationsResult result={result} answers={read.answers} path={path} pictures={pictures} />
}
