import { describe, expect, it } from 'vitest'
import { check, clientAddress, memoryStore, readLimits, refuseIfLimited } from '../../lib/rate-limit'

const limit = { limit: 3, windowMs: 60_000 }

describe('rate limits', () => {
  it('let an address make its requests, then answer "retry after" until the window ends', async () => {
    let now = 120_000 + 15_000
    const store = memoryStore(() => now)
    for (let i = 0; i < 3; i++) expect(await check(store, 'finder-api', '203.0.113.7', limit, now)).toEqual({ ok: true })
    expect(await check(store, 'finder-api', '203.0.113.7', limit, now)).toEqual({ ok: false, retryAfterSeconds: 45 })
    // Another address, and another route, have their own counts.
    expect(await check(store, 'finder-api', '198.51.100.2', limit, now)).toEqual({ ok: true })
    expect(await check(store, 'webhook', '203.0.113.7', limit, now)).toEqual({ ok: true })
    now = 180_000
    expect(await check(store, 'finder-api', '203.0.113.7', limit, now)).toEqual({ ok: true })
  })

  it('are off when set to 0', async () => {
    const store = memoryStore()
    for (let i = 0; i < 50; i++) expect((await check(store, 'x', 'a', { limit: 0, windowMs: 60_000 })).ok).toBe(true)
  })

  it('never let the memory grow past its bound, however many addresses call', async () => {
    const store = memoryStore(() => 0, 100)
    for (let i = 0; i < 1_000; i++) await check(store, 'finder-api', `10.0.${i >> 8}.${i & 255}`, limit, 0)
    expect(store.size()).toBeLessThanOrEqual(100)
    // The newest address is still counted.
    expect(await check(store, 'finder-api', '10.0.3.231', limit, 0)).toEqual({ ok: true })
    expect(await check(store, 'finder-api', '10.0.3.231', limit, 0)).toEqual({ ok: true })
    expect(await check(store, 'finder-api', '10.0.3.231', limit, 0)).toEqual({ ok: false, retryAfterSeconds: 60 })
  })

  it('are settings, and a bad value names the variable', () => {
    expect(readLimits({})).toEqual({ 'finder-api': { limit: 300, windowMs: 60_000 }, webhook: { limit: 60, windowMs: 60_000 } })
    expect(readLimits({ RATE_LIMIT_WEBHOOK_PER_MINUTE: '5' }).webhook.limit).toBe(5)
    expect(readLimits({ RATE_LIMIT_WEBHOOK_PER_MINUTE: '' }).webhook.limit).toBe(60)
    expect(() => readLimits({ RATE_LIMIT_FINDER_API_PER_MINUTE: 'lots' })).toThrow(/RATE_LIMIT_FINDER_API_PER_MINUTE/)
  })

  it('count the address the nearest proxy saw, not one a client wrote into the header', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '1.2.3.4, 203.0.113.7' }))).toBe('203.0.113.7')
    expect(clientAddress(new Headers({ 'x-forwarded-for': '203.0.113.7' }))).toBe('203.0.113.7')
    expect(clientAddress(new Headers())).toBe('unknown')
  })

  it('answer 429 with Retry-After and a message once the limit is used', async () => {
    const holder = globalThis as { __groundworkLimits?: unknown }
    holder.__groundworkLimits = { store: memoryStore(), limits: { 'finder-api': { limit: 2, windowMs: 60_000 }, webhook: limit } }
    try {
      const request = () => new Request('http://localhost/api/finder', { headers: { 'x-forwarded-for': '192.0.2.9' } })
      expect(await refuseIfLimited(request(), 'finder-api')).toBeNull()
      expect(await refuseIfLimited(request(), 'finder-api')).toBeNull()
      const refused = (await refuseIfLimited(request(), 'finder-api'))!
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(await refused.json()).toMatchObject({ error: 'Too many requests' })
    } finally {
      delete holder.__groundworkLimits
    }
  })
})
