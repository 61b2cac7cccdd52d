import type { Metadata } from 'next'
import { FinderResults, finderResultsMetadata } from '../../../_components/finder/FinderResults'

export async function generateMetadata({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }): Promise<Metadata> {
  return finderResultsMetadata(await searchParams)
}

// Reached when the answers are incomplete or wrong; a valid answer set is served from
// ./answers/[key], rewritten there by the proxy.
export default async function FinderResultsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <FinderResults params={await searchParams} />
}
