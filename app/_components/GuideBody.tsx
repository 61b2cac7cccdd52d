import Link from 'next/link'
import { PortableText, type PortableTextComponents } from '@portabletext/react'
import { type BodyExercise, type BodyImage, type GuideBodyBlocks, type InlineExercise as InlineExerciseData, pagePath, safeHref } from '@/lib/content'
import { CareCard, type CareCardData } from './CareCard'
import { citeId, referenceId } from './citations'
import { doseText } from './ExerciseDetails'
import type { Heading } from './headings'
import { Picture } from './Picture'

type Body = GuideBodyBlocks

function InlineExercise({ exercise }: { exercise: InlineExerciseData | null }) {
  if (!exercise) return null
  const dose = doseText(exercise.dose)
  const { steps } = exercise
  return (
    <aside className="inline-exercise" aria-label={`Exercise: ${exercise.name}`}>
      <p className="inline-exercise-kicker">Exercise</p>
      <p className="inline-exercise-name">
        <Link href={pagePath('exercise', exercise.slug)}>{exercise.name}</Link>
      </p>
      {exercise.summary ? <p>{exercise.summary}</p> : null}
      {steps.length ? (
        <ol className="steps">
          {steps.map((step) => (
            <li key={step.key}>{step.text}</li>
          ))}
        </ol>
      ) : null}
      {dose ? <p><strong>How much:</strong> {dose}</p> : null}
    </aside>
  )
}

export function GuideBody({ body, headings }: { body: Body; headings: Heading[] }) {
  const idFor = new Map(headings.map((heading) => [heading.key, heading.id]))
  const components: PortableTextComponents = {
    block: {
      h2: ({ children, value }) => <h2 id={idFor.get(value._key ?? '')}>{children}</h2>,
      h3: ({ children, value }) => <h3 id={idFor.get(value._key ?? '')}>{children}</h3>,
    },
    marks: {
      link: ({ children, value }) => {
        const href = safeHref(value?.href)
        if (!href) return <span>{children}</span>
        const external = /^https?:/i.test(href)
        return external ? (
          <a href={href} rel="noopener noreferrer">
            {children}
          </a>
        ) : (
          <Link href={href}>{children}</Link>
        )
      },
      // "Rabusin 2021" links to its reference; the reference links back here.
      cite: ({ children, value, markKey }) => {
        const ref = typeof value?.ref === 'number' && value.ref >= 1 ? value.ref : null
        if (!ref || !markKey) return <>{children}</>
        return (
          <a href={`#${referenceId(ref)}`} id={citeId(markKey)} className="cite">
            {children}
            <sup>[{ref}]</sup>
          </a>
        )
      },
    },
    types: {
      // Only self-care cards: warning signs come from the one list, under "When to get help".
      careCard: ({ value }: { value: CareCardData }) => (value.level === 'self-care' ? <CareCard card={value} /> : null),
      callout: ({ value }: { value: { tone?: string; title?: string; text?: string } }) => (
        <aside className={`callout callout-${value.tone ?? 'info'}`}>
          {value.title ? <p className="callout-title">{value.title}</p> : null}
          {value.text ? <p>{value.text}</p> : null}
        </aside>
      ),
      exerciseEmbed: ({ value }: { value: BodyExercise }) => <InlineExercise exercise={value.exercise} />,
      image: ({ value }: { value: BodyImage }) => <Picture picture={value.picture} sizes="(max-width: 48rem) 100vw, 48rem" caption={value.caption} />,
    },
    unknownType: () => null,
  }
  return (
    <div className="prose">
      <PortableText value={body as never} components={components} />
    </div>
  )
}
