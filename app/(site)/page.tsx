import type { Metadata } from 'next'
import Link from 'next/link'
import { GuideCard } from '../_components/GuideCard'
import { getFeaturedGuides, getSiteSettings } from '@/lib/content'
import { BodyMap } from '../_components/home/BodyMap'
import { HeroFigure } from '../_components/home/HeroFigure'
import { BODY_AREA_LABELS, BODY_AREA_SYMPTOM, BODY_AREAS, SYMPTOM_LABELS } from '@/lib/domain'

export const metadata: Metadata = { alternates: { canonical: '/' } }

// A CDN may serve this for a minute, then stale while it refreshes (see next.config.ts expireTime).
export const revalidate = 60

const CHAIN_NOTES: Record<(typeof BODY_AREAS)[number], string> = {
  foot: 'Arches, flat feet, high arches, ball of the foot',
  heel: 'Pain under the heel, often worst first thing',
  ankle: 'The Achilles tendon and ankle bend',
  calf: 'Tight calves and shin pain',
  knee: 'Front-of-knee pain and knee osteoarthritis',
  hip: 'How the leg turns and the pelvis tilts',
  'lower-back': 'Low back pain, and what insoles can and cannot do',
}

export default async function HomePage() {
  const [settings, featured] = await Promise.all([getSiteSettings(), getFeaturedGuides()])
  return (
    <>
      <section className="hero">
        <div className="hero-text">
          <h1>{settings.tagline ?? 'Clear guides to foot, calf and back pain'}</h1>
          <p className="lede">
            Plain-language guides on feet, calves, knees and backs, with the evidence behind them and
            clear advice on when to see a clinician.
          </p>
          <p>
            <Link className="button" href="/finder">
              Find an insole that fits you
            </Link>
          </p>
          <p className="small">The finder asks about warning signs first, and says how strong the evidence is.</p>
        </div>
        <HeroFigure />
      </section>

      <section aria-labelledby="featured-heading">
        <h2 id="featured-heading">Featured guides</h2>
        <div className="card-grid">
          {featured.map((guide) => (
            <GuideCard key={guide.id} guide={guide} />
          ))}
        </div>
        <p>
          <Link href="/guides">See all guides</Link>
        </p>
      </section>

      <section aria-labelledby="chain-heading">
        <h2 id="chain-heading">Start where it hurts</h2>
        <p>
          Some people find that pain in one place seems linked to another, but that is not proven.
          Pick the place that bothers you most.
        </p>
        <div className="body-map-layout">
          {/* The map repeats the list's guide links for pointing; plain links, no JavaScript. */}
          <BodyMap
            headingId="chain-heading"
            regions={BODY_AREAS.map((area) => ({ area, label: `${BODY_AREA_LABELS[area]}: guides`, href: `/guides?area=${area}` }))}
          />
          <ol className="chain">
            {BODY_AREAS.map((area) => {
              const symptom = BODY_AREA_SYMPTOM[area]
              return (
                <li key={area}>
                  <Link href={`/guides?area=${area}`}>{BODY_AREA_LABELS[area]}</Link>
                  <span>{CHAIN_NOTES[area]}</span>
                  {symptom ? (
                    <Link className="chain-finder" href={`/finder?symptom=${symptom}`}>
                      Insoles for {SYMPTOM_LABELS[symptom].words}
                    </Link>
                  ) : null}
                </li>
              )
            })}
          </ol>
        </div>
      </section>
    </>
  )
}
