import { CARE_ADVICE, CARE_LEVEL_LABELS, OUTSIDE_UK, signInfo, signsForBodyAreas, URGENCIES, type BodyArea } from '@/lib/domain'

const LEAD: Record<(typeof URGENCIES)[number], string> = {
  emergency: 'Call 999 or go to A&E now if:',
  urgent: 'Get help today if:',
  soon: 'See a GP or physiotherapist soon if:',
}

/**
 * A guide's "When to get help" cards, built from the one list of warning signs by the guide's
 * body areas, so guides and the finder always name the same signs.
 */
export function WhenToGetHelp({ areas }: { areas: readonly BodyArea[] }) {
  const signs = signsForBodyAreas(areas)
  if (!signs.length) return null
  return (
    <section aria-labelledby="when-to-get-help" className="when-to-get-help">
      <h2 id="when-to-get-help">When to get help</h2>
      {URGENCIES.map((urgency) => {
        const items = signs.filter((sign) => signInfo(sign).urgency === urgency)
        if (!items.length) return null
        return (
          <section key={urgency} className={`care-card care-${urgency}`} aria-labelledby={`care-${urgency}`}>
            <p className="care-level" id={`care-${urgency}`}>
              {CARE_LEVEL_LABELS[urgency]}
            </p>
            <p className="care-title">{LEAD[urgency]}</p>
            <ul>
              {items.map((sign) => (
                <li key={sign}>{signInfo(sign).text}</li>
              ))}
            </ul>
            <p className="care-action">
              {CARE_ADVICE[urgency].whereToGo}
              {urgency === 'emergency' ? ` ${OUTSIDE_UK}` : null}
            </p>
          </section>
        )
      })}
    </section>
  )
}
