import { defineCliConfig } from 'sanity/cli'
import { studioDataset, studioProjectId } from './sanity/env'

export default defineCliConfig({
  api: { projectId: studioProjectId, dataset: studioDataset },
  typegen: {
    path: './lib/content/queries.ts',
    schema: './sanity/extract/schema.json',
    generates: './lib/content/sanity.types.ts',
    overloadClientMethods: true,
  },
})
