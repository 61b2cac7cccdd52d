const CARE_LEVELS: Record<string, string> = {
  emergency: 'Emergency: call 999 or go to A&E',
  urgent: 'Urgent: get help today',
  soon: 'Non-urgent: see a GP',
  'self-care': 'Self-care',
}

export type CareCardData = {
  level?: string | null
  title?: string | null
  items?: string[] | null
  action?: string | null
}

/** NHS-style care card: colour and the heading both say how urgent it is. */
export function CareCard({ card }: { card: CareCardData }) {
  const level = card.level && card.level in CARE_LEVELS ? card.level : 'soon'
  return (
    <section className={`care-card care-${level}`} aria-label={card.title ?? CARE_LEVELS[level]}>
      <p className="care-level">{CARE_LEVELS[level]}</p>
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
