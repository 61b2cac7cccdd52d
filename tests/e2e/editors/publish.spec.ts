import { readFileSync } from 'node:fs'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { setDocumentField } from '../../support/dataset-file'
import { E2E_SECRETS } from '../secrets'

// These tests edit the dataset file the server reads, so they run one after another.
test.describe.configure({ mode: 'serial' })

const file = () => process.env.E2E_DATASET_FILE!
const GUIDE = { _id: 'guide-high-arches', _type: 'guide', slug: 'high-arches' }

const setField = (id: string, field: string, value: unknown) => setDocumentField(file(), id, field, value)
const setTitle = (id: string, title: string) => setField(id, 'title', title)

const titleOf = (id: string) =>
  readFileSync(file(), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .find((doc) => doc._id === id).title as string

async function sendWebhook(request: APIRequestContext, secret: string, body = JSON.stringify(GUIDE)) {
  const signature = await encodeSignatureHeader(body, Date.now(), secret)
  return request.post('/api/revalidate', { data: body, headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature } })
}

const h1 = async (request: APIRequestContext, path: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(await (await request.get(path)).text())?.[1]

test("an editor's published change reaches the guide page and the index on the next request", async ({ request }) => {
  const original = titleOf(GUIDE._id)
  const edited = `${original}: what helps`
  // A page past its timed refresh is served stale while it re-renders in the background;
  // start from a page that is cached and idle, as one an editor changes usually is.
  // (The webhook's second pass covers a publish that lands mid-render: see webhook.test.ts.)
  await expect.poll(async () => (await request.get('/guides/high-arches')).headers()['x-nextjs-cache']).toBe('HIT')
  expect(await h1(request, '/guides/high-arches')).toBe(original)
  try {
    setTitle(GUIDE._id, edited)
    const started = Date.now()
    const response = await sendWebhook(request, E2E_SECRETS.webhook)
    expect(response.status()).toBe(200)
    expect(await response.json()).toEqual({ revalidated: true, tags: ['type:guide', 'id:guide-high-arches', 'guide:high-arches'] })
    expect(await h1(request, '/guides/high-arches')).toBe(edited)
    test.info().annotations.push({ type: 'webhook to fresh HTML', description: `${Date.now() - started} ms` })
    expect(await (await request.get('/guides?area=foot')).text()).toContain(edited)
  } finally {
    setTitle(GUIDE._id, original)
    expect((await sendWebhook(request, E2E_SECRETS.webhook)).status()).toBe(200)
  }
  expect(await h1(request, '/guides/high-arches')).toBe(original)
})

test('a published insole change reaches the finder results', async ({ request }) => {
  const answers = 'flag=none&health=none&arch=flat&symptom=heel-pain&activity=walking&footwear=casual'
  const { items } = (await (await request.get(`/api/finder?${answers}`)).json()) as { items: { slug: string; name: string }[] }
  const pick = items[0]!
  const doc = readFileSync(file(), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .find((d) => d._type === 'insole' && d.slug.current === pick.slug)
  const results = `/finder/results?${answers}`
  expect(await (await request.get(results)).text()).toContain(pick.name)
  const body = JSON.stringify({ _id: doc._id, _type: 'insole', slug: pick.slug })
  try {
    setField(doc._id, 'name', `${pick.name} Renamed`)
    expect((await sendWebhook(request, E2E_SECRETS.webhook, body)).status()).toBe(200)
    expect(await (await request.get(results)).text()).toContain(`${pick.name} Renamed`)
  } finally {
    setField(doc._id, 'name', pick.name)
    expect((await sendWebhook(request, E2E_SECRETS.webhook, body)).status()).toBe(200)
  }
  expect(await (await request.get(results)).text()).not.toContain(`${pick.name} Renamed`)
})

test('a forged webhook changes nothing', async ({ request }) => {
  const original = titleOf(GUIDE._id)
  try {
    setTitle(GUIDE._id, 'Forged title')
    const forged = await sendWebhook(request, 'not-the-webhook-secret-at-all')
    expect(forged.status()).toBe(401)
    const unsigned = await request.post('/api/revalidate', { data: JSON.stringify(GUIDE), headers: { 'content-type': 'application/json' } })
    expect(unsigned.status()).toBe(401)
    const malformed = await request.post('/api/revalidate', {
      data: '{"_id": ',
      headers: { [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader('{"_id": ', Date.now(), E2E_SECRETS.webhook) },
    })
    expect(malformed.status()).toBe(400)
    expect(await h1(request, '/guides/high-arches')).toBe(original)
    expect(await (await request.get('/guides')).text()).not.toContain('Forged title')
  } finally {
    setTitle(GUIDE._id, original)
  }
})

test('a guide published at a new address opens there at once, and the old address answers 404', async ({ request }) => {
  const moved = 'high-arches-moved'
  const slug = (current: string) => ({ _type: 'slug', current })
  expect((await request.get(`/guides/${moved}`)).status()).toBe(404)
  try {
    setField(GUIDE._id, 'slug', slug(moved))
    expect((await sendWebhook(request, E2E_SECRETS.webhook, JSON.stringify({ ...GUIDE, slug: moved }))).status()).toBe(200)
    expect(await h1(request, `/guides/${moved}`)).toBe(titleOf(GUIDE._id))
    const old = await request.get('/guides/high-arches')
    expect(old.status()).toBe(404)
    // Rendered on the server: the 404 page's heading is in the HTML itself.
    expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(await old.text())?.[1]).toBe('Page not found')
  } finally {
    setField(GUIDE._id, 'slug', slug(GUIDE.slug))
    expect((await sendWebhook(request, E2E_SECRETS.webhook)).status()).toBe(200)
  }
  expect((await request.get('/guides/high-arches')).status()).toBe(200)
  expect((await request.get(`/guides/${moved}`)).status()).toBe(404)
})
