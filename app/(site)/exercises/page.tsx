import type { Metadata } from 'next'
import Link from 'next/link'
import { BODY_AREA_LABELS } from '@/lib/domain'
import { Picture } from '../../_components/Picture'
import { getExercises, pagePath } from '@/lib/content'

// A CDN may serve this for a minute, then stale while it refreshes (see next.config.ts expireTime).
export const revalidate = 60

export const metadata: Metadata = {
  title: 'Exercises',
  description: 'Simple stretches and strengthening exercises for feet, calves, knees and backs, with steps and doses.',
  alternates: { canonical: '/exercises' },
}

export default async function ExercisesPage() {
  const exercises = await getExercises()
  return (
    <>
      <h1>Exercises</h1>
      <p className="lede">Stretches and strength work that our guides suggest. Stop if a movement causes sharp pain.</p>
      <div className="card-grid">
        {exercises.map((exercise) => (
          <article className="card" key={exercise.id}>
            <Picture picture={exercise.picture} sizes="(max-width: 40rem) 100vw, (max-width: 64rem) 50vw, 22rem" className="card-media" />
            <h2 className="card-title">
              <Link href={pagePath('exercise', exercise.slug)}>{exercise.name}</Link>
            </h2>
            {exercise.summary ? <p>{exercise.summary}</p> : null}
            {exercise.bodyAreas.length ? (
              <p className="card-meta">{exercise.bodyAreas.map((area) => BODY_AREA_LABELS[area]).join(', ')}</p>
            ) : null}
          </article>
        ))}
      </div>
    </>
  )
}
