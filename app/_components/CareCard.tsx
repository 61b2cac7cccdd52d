import { CARE_LEVEL_LABELS, CARE_LEVELS, isOneOf } from '@/lib/domain'

export type CareCardData = {
  level?: string | null
  title?: string | null
  items?: string[] | null
  action?: string | null
}

/** NHS-style care card: colour and the heading both say how urgent it is. */
export function CareCard({ card }: { card: CareCardData }) {
  const level = isOneOf(CARE_LEVELS, card.level) ? card.level : 'soon'
  return (
    <section className={`care-card care-${level}`} aria-label={card.title ?? CARE_LEVEL_LABELS[level]}>
      <p className="care-level">{CARE_LEVEL_LABELS[level]}</p>
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
