import { NextRequest } from 'next/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createCacheAdmission, FINDER_CACHE_SETTING, readFinderCacheLimit } from '../../../lib/finder/route'

const ANSWERS = (n: number) => `flag=none&health=none&arch=flat&symptom=heel-pain&activity=walking&footwear=casual&step=${n}`

describe("the finder's page cache is bounded", () => {
  it('reads its limit from the environment: 2000 by default, 0 for off, a clear error for anything else', () => {
    expect(readFinderCacheLimit({})).toBe(2000)
    expect(readFinderCacheLimit({ [FINDER_CACHE_SETTING]: '' })).toBe(2000)
    expect(readFinderCacheLimit({ [FINDER_CACHE_SETTING]: '0' })).toBe(0)
    expect(readFinderCacheLimit({ [FINDER_CACHE_SETTING]: '50' })).toBe(50)
    for (const bad of ['-1', '1.5', 'lots', '1e3']) expect(() => readFinderCacheLimit({ [FINDER_CACHE_SETTING]: bad })).toThrow(/FINDER_PAGE_CACHE_ANSWER_SETS: a whole number/)
  })

  it('admits the first answer sets up to the limit, keeps admitting those, and no others', () => {
    const admit = createCacheAdmission(2)
    expect([admit('/a'), admit('/b'), admit('/c'), admit('/a'), admit('/b'), admit('/c')]).toEqual([true, true, false, true, true, false])
    const none = createCacheAdmission(0)
    expect(none('/a')).toBe(false)
  })
})

describe('the proxy with a limit of 2', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.resetModules()
  })

  it('rewrites the first two answer sets to their cached pages and renders the third per request', async () => {
    vi.stubEnv(FINDER_CACHE_SETTING, '2')
    const { proxy } = await import('../../../proxy')
    const rewrittenTo = async (query: string) => (await proxy(new NextRequest(`http://localhost/finder?${query}`))).headers.get('x-middleware-rewrite')
    expect(await rewrittenTo(ANSWERS(2))).toMatch(/\/finder\/answers\/.*step=2$/)
    expect(await rewrittenTo(ANSWERS(3))).toMatch(/\/finder\/answers\/.*step=3$/)
    expect(await rewrittenTo(ANSWERS(4))).toBeNull()
    // An answer set already cached stays cached.
    expect(await rewrittenTo(ANSWERS(2))).toMatch(/step=2$/)
  })
})
