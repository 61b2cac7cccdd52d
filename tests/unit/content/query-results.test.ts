import { describe, expect, it } from 'vitest'
import { QUERY_CASES } from '../../support/query-cases'
import { seedSource } from '../../support/seed'

// Every site query's answer over the seed, kept in a reviewed file. An upgrade of the GROQ
// engine (groq-js) that changes what a page receives fails here, not in front of a reader.
// After a deliberate change to the seed or a query: `npx vitest run -u`, then read the diff.
describe('query results over the seed', () => {
  it.each(QUERY_CASES.map((c) => [c.name, c] as const))('%s', async (name, { query, params }) => {
    const source = seedSource()
    const results = {
      published: await source.fetch(query, params, 'published'),
      drafts: await source.fetch(query, params, 'drafts'),
    }
    const file = `./__snapshots__/query-results/${name.replaceAll(' ', '-')}.json`
    await expect(JSON.stringify(results, null, 2) + '\n').toMatchFileSnapshot(file)
  })
})
