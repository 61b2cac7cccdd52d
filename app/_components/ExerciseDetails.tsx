import type { Dose, ExerciseStep } from '@/lib/content'
import { Picture } from './Picture'

export function doseText(dose: Dose | null) {
  if (!dose) return null
  const parts = [
    dose.holdSeconds ? `hold for ${dose.holdSeconds} seconds` : null,
    dose.reps ? `${dose.reps} repetitions` : null,
    dose.sets ? `${dose.sets} ${dose.sets === 1 ? 'set' : 'sets'}` : null,
    dose.frequency,
  ].filter(Boolean)
  if (!parts.length) return null
  const text = parts.join(', ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export function ExerciseDetails({
  steps,
  dose,
  cautions,
  headingLevel,
}: {
  steps: ExerciseStep[]
  dose: Dose | null
  cautions: string[]
  headingLevel: 'h2' | 'h3' | 'h4'
}) {
  const Heading = headingLevel
  const doseLine = doseText(dose)
  return (
    <>
      {steps.length ? (
        <>
          <Heading>How to do it</Heading>
          <ol className="steps steps-pictured">
            {steps.map((step) => (
              <li key={step.key}>
                <Picture picture={step.picture} sizes="(max-width: 40rem) 100vw, 20rem" className="step-media" />
                <p>{step.text}</p>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {doseLine ? (
        <>
          <Heading>How much</Heading>
          <p>{doseLine}</p>
        </>
      ) : null}
      {cautions.length ? (
        <>
          <Heading>Take care</Heading>
          <ul className="cautions">
            {cautions.map((caution) => (
              <li key={caution}>{caution}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}
