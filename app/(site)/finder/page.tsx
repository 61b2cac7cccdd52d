import type { Metadata } from 'next'
import { FinderStep } from '../../_components/finder/FinderStep'

export const metadata: Metadata = {
  title: 'Insole finder',
  description: 'Answer six short questions. We check for warning signs first, then suggest insoles with the evidence behind them.',
  alternates: { canonical: '/finder' },
}

// Reached when the answers need an error message; a valid answer set is served from
// ./answers/[key], rewritten there by the proxy.
export default async function FinderPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <FinderStep params={await searchParams} />
}
