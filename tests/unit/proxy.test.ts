import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'
import { proxy } from '../../proxy'

// What the proxy does with a request: the page as asked (next), a rewrite or a redirect.
async function outcome(path: string, headers: Record<string, string> = {}) {
  const response = await proxy(new NextRequest(`http://localhost${path}`, { headers }))
  const rewrite = response.headers.get('x-middleware-rewrite')
  const location = response.headers.get('location')
  if (rewrite) return `rewrite ${new URL(rewrite).pathname}`
  if (location) return `redirect ${new URL(location, 'http://localhost').pathname}`
  return response.headers.get('x-middleware-next') ? 'next' : `status ${response.status}`
}

const URGENT_STEP = '/finder?flag=one-calf-swollen-hot&step=2'
const ROUTER = { rsc: '1' }

describe('the proxy', () => {
  it('serves page loads of the finder from its cached pages, and sends a warning sign to the results', async () => {
    expect(await outcome('/finder?flag=none&health=none&step=3')).toBe('rewrite /finder/answers/flag=none&health=none&step=3')
    expect(await outcome(URGENT_STEP)).toBe('redirect /finder/results')
  })

  it('sends an unknown guide, insole or exercise to the 404 page, and a known one to its page', async () => {
    expect(await outcome('/guides/no-such-guide')).toBe('rewrite /_page-not-found')
    expect(await outcome('/insoles/no-such-insole')).toBe('rewrite /_page-not-found')
    expect(await outcome('/exercises/no-such-exercise')).toBe('rewrite /_page-not-found')
    expect(await outcome('/guides/flat-feet')).toBe('next')
    expect(await outcome('/insoles/heel-lift-plus')).toBe('next')
  })

  it("lets the router's own fetches through to the page as asked, so the address bar shows what the reader chose", async () => {
    expect(await outcome('/finder?flag=none&health=none&step=3', ROUTER)).toBe('next')
    expect(await outcome(URGENT_STEP, ROUTER)).toBe('next')
    expect(await outcome('/guides/no-such-guide', ROUTER)).toBe('next')
  })

  it('lets a preview through to a draft that has no published address yet', async () => {
    expect(await outcome('/guides/toe-walking')).toBe('rewrite /_page-not-found')
    expect(await outcome('/guides/toe-walking', { cookie: '__prerender_bypass=1' })).toBe('next')
  })

  it('answers a malformed address with 400 and changes nothing else', async () => {
    expect(await outcome('/guides/%ff')).toBe('status 400')
  })
})
