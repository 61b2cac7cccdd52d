import { pictureOf, type ImageSource } from '@/lib/content'
import { Picture } from './Picture'

export type ExerciseStep = { _key: string; text: string | null; image: ImageSource }
export type Dose = { holdSeconds?: number | null; reps?: number | null; sets?: number | null; frequency?: string | null }

export function doseText(dose: Dose | null | undefined) {
  if (!dose) return null
  const parts = [
    dose.holdSeconds ? `hold for ${dose.holdSeconds} seconds` : null,
    dose.reps ? `${dose.reps} repetitions` : null,
    dose.sets ? `${dose.sets} ${dose.sets === 1 ? 'set' : 'sets'}` : null,
    dose.frequency || null,
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
  steps: ExerciseStep[] | null | undefined
  dose: Dose | null | undefined
  cautions: string[] | null | undefined
  headingLevel: 'h2' | 'h3' | 'h4'
}) {
  const Heading = headingLevel
  const doseLine = doseText(dose)
  return (
    <>
      {steps?.length ? (
        <>
          <Heading>How to do it</Heading>
          <ol className="steps steps-pictured">
            {steps.map((step) =>
              step.text ? (
                <li key={step._key}>
                  <Picture picture={pictureOf(step.image)} sizes="(max-width: 40rem) 100vw, 20rem" className="step-media" />
                  <p>{step.text}</p>
                </li>
              ) : null,
            )}
          </ol>
        </>
      ) : null}
      {doseLine ? (
        <>
          <Heading>How much</Heading>
          <p>{doseLine}</p>
        </>
      ) : null}
      {cautions?.length ? (
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
