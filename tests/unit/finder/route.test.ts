import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { answersToParams, parseAnswers, type PartialAnswers } from '../../../lib/finder/answers'
import { readFinderRequest } from '../../../lib/finder/request'
import { CACHED_RESULTS_PREFIX, CACHED_STEP_PREFIX, paramsOfKey, routeFinder, START_KEY } from '../../../lib/finder/route'
import { ACTIVITIES, ARCH_TYPES, FOOTWEAR, HEALTH_CONDITIONS, SYMPTOMS, WARNING_SIGN_IDS, WARNING_SIGNS } from '../../../lib/domain'

const route = (path: string, query: string) => routeFinder(path, new URLSearchParams(query))
const keyOf = (path: string, query: string) => {
  const result = route(path, query)
  if (result.kind !== 'cached') throw new Error(`expected a cached route for ${path}?${query}, got ${JSON.stringify(result)}`)
  return result.path.slice((path === '/finder' ? CACHED_STEP_PREFIX : CACHED_RESULTS_PREFIX).length)
}
const emergency = WARNING_SIGN_IDS.find((sign) => WARNING_SIGNS[sign].urgency === 'emergency')!
const soon = WARNING_SIGN_IDS.find((sign) => WARNING_SIGNS[sign].urgency === 'soon')!

describe('routeFinder: which finder requests are served from the page cache', () => {
  it.each([
    ['/finder', '', 'cached', `${CACHED_STEP_PREFIX}${START_KEY}`],
    ['/finder', 'step=2&flag=none', 'cached', `${CACHED_STEP_PREFIX}flag=none&step=2`],
    ['/finder', 'flag=none&step=02&_rsc=abc', 'cached', `${CACHED_STEP_PREFIX}flag=none&step=2`],
    ['/finder', `flag=${emergency}&step=2`, 'redirect', `/finder/results?flag=${emergency}`],
    ['/finder', 'flag=none&health=under-16&step=3', 'redirect', '/finder/results?health=under-16'],
    ['/finder', 'flag=none&utm_source=mail', 'render', undefined],
    ['/finder', 'flag=nonsense&step=2', 'render', undefined],
    ['/finder', 'flag=none&step=two', 'render', undefined],
    ['/finder/results', 'flag=none&step=2', 'render', undefined],
    ['/finder/results', `flag=${emergency}`, 'cached', `${CACHED_RESULTS_PREFIX}flag=${emergency}`],
    ['/finder/results', 'health=under-16', 'cached', `${CACHED_RESULTS_PREFIX}health=under-16`],
  ])('%s?%s is %s', (path, query, kind, target) => {
    const result = route(path, query)
    expect(result.kind).toBe(kind)
    if (result.kind === 'cached') expect(result.path).toBe(target)
    if (result.kind === 'redirect') expect(result.to).toBe(target)
  })

  it('gives one key for the same answers in any order, and ignores a step on the results', () => {
    const full = `flag=none&health=none&arch=flat&symptom=heel-pain&symptom=arch-pain&activity=${ACTIVITIES[0]}&footwear=${FOOTWEAR[0]}`
    const shuffled = `footwear=${FOOTWEAR[0]}&symptom=arch-pain&arch=flat&activity=${ACTIVITIES[0]}&health=none&symptom=heel-pain&flag=none&step=6`
    expect(keyOf('/finder/results', shuffled)).toBe(keyOf('/finder/results', full))
  })

  it('keeps a non-urgent sign on the results key, so the advice is shown', () => {
    const key = keyOf('/finder/results', `flag=${soon}&health=none&arch=flat&activity=${ACTIVITIES[0]}&footwear=${FOOTWEAR[0]}`)
    expect(readFinderRequest(paramsOfKey(key))).toMatchObject({ kind: 'answers', answers: { flags: [soon] } })
  })

  const partialAnswers: fc.Arbitrary<PartialAnswers> = fc.record(
    {
      flags: fc.oneof(fc.constant('none' as const), fc.uniqueArray(fc.constantFrom(...WARNING_SIGN_IDS), { minLength: 1, maxLength: 4 })),
      health: fc.oneof(fc.constant('none' as const), fc.uniqueArray(fc.constantFrom(...HEALTH_CONDITIONS), { minLength: 1 })),
      arch: fc.constantFrom(...ARCH_TYPES),
      symptoms: fc.uniqueArray(fc.constantFrom(...SYMPTOMS), { maxLength: 5 }),
      activity: fc.constantFrom(...ACTIVITIES),
      footwear: fc.constantFrom(...FOOTWEAR),
    },
    { requiredKeys: [] },
  )

  it('serves a cached page with exactly the answers that were asked for', () => {
    fc.assert(
      fc.property(partialAnswers, fc.integer({ min: 1, max: 7 }), (answers, step) => {
        const query = answersToParams(answers)
        for (const path of ['/finder', '/finder/results']) {
          if (path === '/finder') query.set('step', String(step))
          const result = routeFinder(path, query)
          if (result.kind !== 'cached') continue
          const params = paramsOfKey(result.path.split('/').at(-1)!)
          // The cached page reads the same answers, and the same request kind, as the address asked for.
          expect(parseAnswers(params)).toEqual(parseAnswers(query))
          expect(readFinderRequest(params)).toEqual(readFinderRequest(query))
          if (path === '/finder') expect(params.step).toBe(String(step))
        }
      }),
      { numRuns: 500 },
    )
  })
})
