import fc from 'fast-check'
import { expect, test } from '@playwright/test'
import { configurePropertySeed } from '../../support/property-seed'

configurePropertySeed()

// FUZZ_RUNS=10000 for the long run (npm run fuzz).
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000)
test.setTimeout(Math.max(60_000, RUNS * 60))

const known = ['none', 'flat', 'low', 'neutral', 'high', 'unsure', 'heel-pain', 'low-back-pain', 'walking', 'running', 'dress', 'work-boots', 'night-pain', 'saddle-numbness', 'pain-over-two-weeks']
const value = fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }))
// Object.prototype names too: a parser indexing a plain object by name would trip on them.
const name = fc.oneof(
  fc.constantFrom('flag', 'arch', 'symptom', 'activity', 'footwear', 'step', 'q', 'area'),
  fc.constantFrom('toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'),
  fc.string({ maxLength: 12 }),
)
const pairs = fc.array(fc.tuple(name, value), { maxLength: 16 })
const toQuery = (entries: [string, string][]) => new URLSearchParams(entries).toString()
const route = fc.constantFrom('/finder', '/finder/results', '/api/finder', '/guides')

test(`fuzz: ${RUNS} generated query strings and form bodies give no server error`, async ({ request }) => {
  let badRequests = 0
  await fc.assert(
    fc.asyncProperty(route, pairs, fc.boolean(), async (path, entries, asForm) => {
      const query = toQuery(entries)
      const response = asForm
        ? await request.post(path, { form: Object.fromEntries(entries), maxRedirects: 0 })
        : await request.get(`${path}?${query}`, { maxRedirects: 0 })
      expect(response.status(), `${asForm ? 'POST' : 'GET'} ${path}?${query}`).toBeLessThan(500)
      if (response.status() === 400 && path === '/api/finder') {
        badRequests++
        const body = await response.json()
        expect(body.error).toBe('Invalid finder answers')
        expect(Object.keys(body.fields).length).toBeGreaterThan(0)
        for (const message of Object.values(body.fields)) expect(message).toMatch(/^[A-Z].{10,}\.$/)
      }
    }),
    { numRuns: RUNS },
  )
  expect(badRequests).toBeGreaterThan(0)
})

test('guide search takes GROQ syntax, long strings and odd Unicode in its stride', async ({ request }) => {
  const inputs = ['*', '"', "'", '\\', '[]', '{}', '$slug', '|| true', ') || (', '\u0000', '\u202e', '👣🦶', 'ç̧̧', 'x'.repeat(10_000), '%', '..', '->']
  for (const q of inputs) {
    const response = await request.get(`/guides?q=${encodeURIComponent(q)}`)
    expect(response.status(), JSON.stringify(q.slice(0, 20))).toBe(200)
    expect(await response.text()).toMatch(/guides? matching|No guides found|\d+ guides/)
  }
})
