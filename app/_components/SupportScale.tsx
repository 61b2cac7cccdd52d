type Props = { label: string; value: string; steps: readonly string[] }

/** One support attribute in words and as a scale of filled steps (text carries the meaning). */
export function SupportScale({ label, value, steps }: Props) {
  const position = steps.indexOf(value)
  const word = value.replace(/-/g, ' ')
  return (
    <div className="scale-row">
      <dt>{label}</dt>
      <dd>
        <span className="scale-word">{word.charAt(0).toUpperCase() + word.slice(1)}</span>
        {position >= 0 ? (
          <span className="scale" aria-hidden="true">
            {steps.map((step, index) => (
              <span key={step} className={index <= position ? 'scale-step on' : 'scale-step'} />
            ))}
          </span>
        ) : null}
        {position >= 0 ? <span className="visually-hidden">{` (${position + 1} of ${steps.length})`}</span> : null}
      </dd>
    </div>
  )
}
