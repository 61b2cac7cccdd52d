import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { E2E_SECRETS } from '../secrets'

// The site built in Sanity mode, reading from the fake Sanity API on loopback (see
// tests/support/fake-sanity-server.ts); these tests stop and restart that API.
test.describe.configure({ mode: 'serial' })

// The fake Sanity API's control port, chosen free by playwright.config.ts.
const CONTROL = `http://127.0.0.1:${process.env.FAKE_SANITY_CONTROL_PORT}`
const control = async (request: APIRequestContext, action: string) =>
  expect((await request.post(`${CONTROL}${action}`)).status(), action).toBe(200)

const h1 = async (request: APIRequestContext, path: string) =>
  /<h1[^>]*>([^<]*)<\/h1>/.exec(await (await request.get(path)).text())?.[1]

async function publish(request: APIRequestContext, doc: object) {
  const body = JSON.stringify(doc)
  const signature = await encodeSignatureHeader(body, Date.now(), E2E_SECRETS.webhook)
  return request.post('/api/revalidate', {
    data: body,
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature },
    timeout: 15_000,
  })
}

const BUILT = ['/', '/guides/flat-feet', '/insoles/court-pro', '/exercises/heel-drops', '/insoles', '/exercises']

test.afterAll(async ({ request }) => {
  await request.post(`${CONTROL}/up`)
})

test('an unknown guide gets the server-rendered 404 page, from the list of addresses Sanity gives', async ({ request }) => {
  // The list is read in the background on the first request, which goes on to the page itself.
  await expect.poll(() => h1(request, '/guides/no-such-guide')).toBe('Page not found')
  expect((await request.get('/guides/no-such-guide')).status()).toBe(404)
  expect(await h1(request, '/guides/flat-feet')).toBe('Flat feet')
})

test('with Sanity unreachable, every built page still answers with its content', async ({ request }) => {
  expect(await h1(request, '/guides/flat-feet')).toBe('Flat feet')
  await control(request, '/down')
  for (const path of BUILT) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(await response.text(), path).toMatch(/<h1[^>]*>[^<]+<\/h1>/)
  }
  expect(await h1(request, '/guides/flat-feet')).toBe('Flat feet')
})

test('a page never built shows a friendly error page, with no internals', async ({ page }) => {
  for (const path of ['/guides?q=heel', '/finder/results?flag=none&health=none&arch=flat&activity=walking&footwear=casual']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(500)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sorry, something went wrong')
    const html = await page.content()
    expect(html).not.toMatch(/ECONNREFUSED|at async|node_modules|\.ts:\d+|stack/i)
  }
})

test('a failed refresh keeps the last good page', async ({ request }) => {
  const response = await publish(request, { _id: 'guide-flat-feet', _type: 'guide', slug: 'flat-feet' })
  expect(response.status()).toBe(200)
  for (let i = 0; i < 3; i++) {
    const page = await request.get('/guides/flat-feet')
    expect(page.status()).toBe(200)
    expect(await h1(request, '/guides/flat-feet')).toBe('Flat feet')
  }
})

test('when Sanity is back, pages refresh', async ({ request }) => {
  await control(request, '/up')
  await control(request, '/title?id=guide-flat-feet&title=Flat%20feet%20and%20fallen%20arches')
  expect((await request.get('/guides?q=heel')).status()).toBe(200)
  expect((await publish(request, { _id: 'guide-flat-feet', _type: 'guide', slug: 'flat-feet' })).status()).toBe(200)
  await expect.poll(() => h1(request, '/guides/flat-feet'), { timeout: 10_000 }).toBe('Flat feet and fallen arches')
  await control(request, '/title?id=guide-flat-feet&title=Flat%20feet')
  expect((await publish(request, { _id: 'guide-flat-feet', _type: 'guide', slug: 'flat-feet' })).status()).toBe(200)
})
