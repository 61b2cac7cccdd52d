import type { Metadata } from 'next'
import { FinderResults, finderResultsMetadata } from '../../../../../_components/finder/FinderResults'
import { paramsOfKey } from '@/lib/finder/route'

// One rendering per answer set, kept in the page cache and refreshed when insoles or guides
// are published (its content read is tagged); see lib/finder/route.ts.
export const revalidate = 60
export const generateStaticParams = async (): Promise<{ key: string }[]> => []

export async function generateMetadata({ params }: { params: Promise<{ key: string }> }): Promise<Metadata> {
  return finderResultsMetadata(paramsOfKey((await params).key))
}

export default async function CachedFinderResults({ params }: { params: Promise<{ key: string }> }) {
  return <FinderResults params={paramsOfKey((await params).key)} />
}
