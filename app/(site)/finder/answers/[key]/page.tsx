import { FinderStep } from '../../../../_components/finder/FinderStep'
import { paramsOfKey } from '@/lib/finder/route'

export { metadata } from '../../page'

// One rendering per answer set, kept in the page cache (see lib/finder/route.ts).
export const revalidate = 60
export const generateStaticParams = async (): Promise<{ key: string }[]> => []

export default async function CachedFinderStep({ params }: { params: Promise<{ key: string }> }) {
  return <FinderStep params={paramsOfKey((await params).key)} />
}
