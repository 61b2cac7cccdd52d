import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Breadcrumbs } from '../../../_components/Breadcrumbs'
import { ExerciseDetails } from '../../../_components/ExerciseDetails'
import { LinkSection } from '../../../_components/LinkSection'
import { contentConfig, getExercise, getSitemapEntries, pagePath, plain, shareImageOf } from '@/lib/content'

// A CDN may serve this for a minute, then stale while it refreshes (see next.config.ts expireTime).
export const revalidate = 60

type Params = Promise<{ slug: string }>

export async function generateStaticParams() {
  const { exercises } = await getSitemapEntries()
  return exercises.flatMap(({ slug }) => (slug ? [{ slug }] : []))
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const exercise = plain(await getExercise((await params).slug))
  if (!exercise) return {}
  const share = shareImageOf(exercise.picture)
  const url = pagePath('exercise', exercise.slug)
  return {
    title: exercise.name,
    description: exercise.summary,
    alternates: { canonical: url },
    openGraph: { type: 'article', url, title: exercise.name, description: exercise.summary ?? undefined, ...(share ? { images: [share] } : {}) },
    // Without a picture of its own, the page keeps the site's share card (app/(site)/twitter-image.png).
    ...(share ? { twitter: { card: 'summary_large_image', images: [share] } } : {}),
  }
}

export default async function ExercisePage({ params }: { params: Params }) {
  const exercise = await getExercise((await params).slug)
  if (!exercise) notFound()
  return (
    <article>
      <Breadcrumbs
        siteUrl={contentConfig().siteUrl}
        items={[
          { name: 'Home', href: '/' },
          { name: 'Exercises', href: '/exercises' },
          { name: exercise.name, href: pagePath('exercise', exercise.slug) },
        ]}
      />
      <h1>{exercise.name}</h1>
      {exercise.summary ? <p className="lede">{exercise.summary}</p> : null}
      {exercise.targets.length ? (
        <p>
          <strong>Works on:</strong> {exercise.targets.join(', ')}
        </p>
      ) : null}
      <ExerciseDetails steps={exercise.steps} dose={exercise.dose} cautions={exercise.cautions} headingLevel="h2" />
      <LinkSection
        id="guides-heading"
        heading="Guides that suggest this exercise"
        links={exercise.guides.map((guide) => ({ href: pagePath('guide', guide.slug), label: guide.title }))}
      />
    </article>
  )
}
