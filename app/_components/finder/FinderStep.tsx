import Form from 'next/form'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { FocusHeading } from './FocusHeading'
import { Footprints } from './Footprints'
import { answersToParams, parseAnswers, type Field, type PartialAnswers } from '@/lib/finder/answers'
import { resolveStep, STEP_COUNT, type Option, type Question } from '@/lib/finder/questions'
import { careSigns, forChild } from '@/lib/finder/request'

type Params = Record<string, string | string[] | undefined>

const selected = (answers: PartialAnswers, field: Field): string[] => {
  const value = { flag: answers.flags, health: answers.health, arch: answers.arch, symptom: answers.symptoms, activity: answers.activity, footwear: answers.footwear }[field]
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

/** Every answer except the one this step asks, as hidden fields, so each step is a plain GET form. */
function hiddenAnswers(answers: PartialAnswers, field: Field) {
  return [...answersToParams(answers)]
    .filter(([name]) => name !== field)
    .map(([name, value], index) => <input key={`${name}-${index}`} type="hidden" name={name} value={value} />)
}

function OptionInput({ question, option, chosen, first }: { question: Question; option: Option; chosen: string[]; first: boolean }) {
  const type = question.multiple ? 'checkbox' : 'radio'
  const id = `${question.field}-${option.value}`
  return (
    <div className={`option${option.value === 'none' ? ' option-none' : ''}`}>
      <input
        id={id}
        type={type}
        name={question.field}
        value={option.value}
        defaultChecked={chosen.includes(option.value)}
        required={!question.multiple && question.required && first ? true : undefined}
        aria-describedby={option.hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>
        {option.label}
        {option.hint ? (
          <span id={`${id}-hint`} className="option-hint">
            {option.hint}
          </span>
        ) : null}
      </label>
    </div>
  )
}

function Options({ question, chosen }: { question: Question; chosen: string[] }) {
  const first = question.groups[0]?.options[0]?.value
  return (
    <div className="options">
      {question.groups.map((group, index) =>
        group.heading ? (
          // A group of signs under where they are felt; nested fieldsets are announced with their legend.
          <fieldset className="option-group" key={group.heading}>
            <legend className="option-group-heading">{group.heading}</legend>
            {group.options.map((option) => (
              <OptionInput key={option.value} question={question} option={option} chosen={chosen} first={option.value === first} />
            ))}
          </fieldset>
        ) : (
          <div className="option-group" key={`group-${index}`}>
            {group.options.map((option) => (
              <OptionInput key={option.value} question={question} option={option} chosen={chosen} first={option.value === first} />
            ))}
          </div>
        ),
      )}
    </div>
  )
}

/** One step of the wizard for these search parameters (or the redirect they call for). */
export function FinderStep({ params: raw }: { params: Params }) {
  const { answers, errors } = parseAnswers(raw)

  // An emergency or urgent sign goes straight to where to get care, whatever else is wrong.
  const signs = careSigns(raw)
  if (signs) redirect(`/finder/results?${answersToParams({ flags: signs })}`)
  // Insoles for a child: no product follows, so no more questions.
  if (forChild(raw)) redirect('/finder/results?health=under-16')

  const { question, notice } = resolveStep(raw.step, answers, errors)
  const last = question.step === STEP_COUNT
  const back = new URLSearchParams(answersToParams(answers))
  back.set('step', String(question.step - 1))

  return (
    <div className="finder">
      <p className="finder-kicker">Insole finder</p>
      <p className="progress">
        Step {question.step} of {STEP_COUNT}
      </p>
      {/* The line above says the same in words; read once, not twice. */}
      <progress max={STEP_COUNT} value={question.step} aria-hidden="true" />
      <FocusHeading key={question.step} id="question">
        {question.title}
      </FocusHeading>

      {notice ? (
        <div className="error-summary" role="alert">
          <p>{notice}</p>
        </div>
      ) : null}

      <Form action={last ? '/finder/results' : '/finder'} className="step-form">
        {hiddenAnswers(answers, question.field)}
        {last ? null : <input type="hidden" name="step" value={question.step + 1} />}
        <fieldset aria-describedby="question-hint">
          <legend className="visually-hidden">{question.title}</legend>
          <p id="question-hint" className="hint">
            {question.hint}
          </p>
          <Options question={question} chosen={selected(answers, question.field)} />
        </fieldset>

        {question.field === 'arch' ? (
          <details className="helper">
            <summary>Check at home: the wet footprint test</summary>
            <ol>
              <li>Wet the sole of one foot.</li>
              <li>Stand normally on a piece of card or a dry, dark paving stone.</li>
              <li>Step off and look at the print.</li>
            </ol>
            <p>
              A full, wide print suggests a flat foot. A print with a curve missing on the inner side suggests a medium
              arch. If only a thin strip joins your heel and the ball of your foot, you may have a high arch.
            </p>
            <Footprints />
            <p className="small">
              This is a rough guide to fit, not a diagnosis: how your foot looks standing still says little about how it
              moves. If you are not sure, choose &ldquo;Not sure&rdquo;. Read more in{' '}
              <Link href="/guides/find-your-arch-type">finding your arch type at home</Link>.
            </p>
          </details>
        ) : null}

        <div className="step-actions">
          <button type="submit">{last ? 'See my results' : 'Continue'}</button>
          {question.step > 1 ? (
            <Link href={`/finder?${back}`} className="back-link">
              Back
            </Link>
          ) : null}
        </div>
      </Form>

      {question.field === 'flag' ? (
        <p className="small">
          In an emergency call 999. For urgent advice call NHS 111. This finder does not diagnose.
        </p>
      ) : null}
    </div>
  )
}
