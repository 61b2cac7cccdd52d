'use client'
import { defineConfig } from 'sanity'
import { presentationTool } from 'sanity/presentation'
import { structureTool } from 'sanity/structure'
import { visionTool } from '@sanity/vision'
import { schemaTypes } from './sanity/schemaTypes'
import { resolve } from './sanity/presentation'
import { isSingleton, structure } from './sanity/structure'
import { studioApiVersion, studioDataset, studioProjectId } from './sanity/env'

export default defineConfig({
  name: 'groundwork',
  title: 'Groundwork',
  basePath: '/studio',
  projectId: studioProjectId,
  dataset: studioDataset,
  schema: {
    types: schemaTypes,
    // Site settings is a single document: no "new" template for it.
    templates: (templates) => templates.filter(({ schemaType }) => !isSingleton(schemaType)),
  },
  document: {
    actions: (actions, { schemaType }) =>
      isSingleton(schemaType)
        ? actions.filter(({ action }) => action && ['publish', 'discardChanges', 'restore'].includes(action))
        : actions,
  },
  plugins: [
    structureTool({ structure }),
    presentationTool({ resolve, previewUrl: { previewMode: { enable: '/api/draft-mode/enable' } } }),
    // GROQ playground, on the site's own API version, to try a query before it goes in queries.ts.
    visionTool({ defaultApiVersion: studioApiVersion }),
  ],
})
