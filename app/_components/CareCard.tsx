const CARE_HEADINGS: Record<string, string> = {
  emergency: 'Call 999 or go to A&E now if:',
  urgent: 'Get help today: see a GP or call NHS 111 if:',
  soon: 'See a GP if:',
  'self-care': 'Things you can try yourself',
}

export type CareCardData = {
  level?: string | null
  title?: string | null
  items?: string[] | null
  action?: string | null
}

/** NHS-style care card: colour and the heading both say how urgent it is. */
export function CareCard({ card }: { card: CareCardData }) {
  const level = card.level && card.level in CARE_HEADINGS ? card.level : 'soon'
  return (
    <section className={`care-card care-${level}`} aria-label={card.title ?? CARE_HEADINGS[level]}>
      <p className="care-level">{CARE_HEADINGS[level]}</p>
      {card.title ? <p className="care-title">{card.title}</p> : null}
      {card.items?.length ? (
        <ul>
          {card.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : null}
      {card.action ? <p className="care-action">{card.action}</p> : null}
    </section>
  )
}
