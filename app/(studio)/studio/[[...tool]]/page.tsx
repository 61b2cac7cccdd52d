import type { Metadata } from 'next'
import { metadata as studioMetadata, NextStudio } from 'next-sanity/studio'
import { studioConfigured } from '../../../../sanity/env'
import config from '../../../../sanity.config'
import { StudioSetup } from './StudioSetup'

export { viewport } from 'next-sanity/studio'
export const metadata: Metadata = { ...studioMetadata, title: 'Studio | Groundwork' }

export default function StudioPage() {
  // With no project (the embedded default) the Studio could only crash: say what it needs.
  if (!studioConfigured) return <StudioSetup />
  return <NextStudio config={config} />
}
