import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { NextRequest } from 'next/server'
import { describe, expect, it, vi } from 'vitest'
import { handleWebhook, tagsForDocument } from '../../../lib/content/webhook'

const SECRET = 'a-webhook-secret-for-tests'
const body = JSON.stringify({ _id: 'guide-flat-feet', _type: 'guide', slug: 'flat-feet' })

async function request(payload: string, signature?: string | null) {
  const headers = new Headers({ 'content-type': 'application/json' })
  const value = signature === undefined ? await encodeSignatureHeader(payload, Date.now(), SECRET) : signature
  if (value !== null) headers.set(SIGNATURE_HEADER_NAME, value)
  return new NextRequest('http://localhost/api/revalidate', { method: 'POST', body: payload, headers })
}

function deps(secret: string | undefined = SECRET) {
  const later: Array<() => Promise<void>> = []
  return {
    secret,
    waitForConsistency: false,
    reload: vi.fn(),
    revalidate: vi.fn(),
    afterResponse: vi.fn((task: () => Promise<void>) => void later.push(task)),
    settleMs: 5,
    /** Runs what was left for after the response, as Next would. */
    runAfterResponse: () => Promise.all(later.map((task) => task())),
  }
}

describe('the revalidate webhook', () => {
  it('a valid signature reloads content and revalidates the type and slug tags', async () => {
    const d = deps()
    const outcome = await handleWebhook(await request(body), d)
    expect(outcome).toEqual({ status: 200, body: { revalidated: true, tags: ['type:guide', 'id:guide-flat-feet', 'guide:flat-feet'] } })
    expect(d.reload).toHaveBeenCalledOnce()
    expect(d.revalidate.mock.calls.map(([tag]) => tag)).toEqual(['type:guide', 'id:guide-flat-feet', 'guide:flat-feet'])
  })

  it('revalidates the same tags again after the response, so a render begun before the publish cannot keep old content', async () => {
    const d = deps()
    await handleWebhook(await request(body), d)
    expect(d.revalidate).toHaveBeenCalledTimes(3)
    await d.runAfterResponse()
    expect(d.revalidate.mock.calls.map(([tag]) => tag)).toEqual(['type:guide', 'id:guide-flat-feet', 'guide:flat-feet', 'type:guide', 'id:guide-flat-feet', 'guide:flat-feet'])
  })

  it.each([
    ['a missing signature', null],
    ['a garbled signature', 't=1,v1=nonsense'],
    ['a signature made with the wrong secret', 'wrong'],
  ])('%s is 401 and changes nothing', async (_name, signature) => {
    const header = signature === 'wrong' ? await encodeSignatureHeader(body, Date.now(), 'not-the-secret-at-all') : signature
    const d = deps()
    const outcome = await handleWebhook(await request(body, header), d)
    expect(outcome.status).toBe(401)
    expect(d.reload).not.toHaveBeenCalled()
    expect(d.revalidate).not.toHaveBeenCalled()
    expect(d.afterResponse).not.toHaveBeenCalled()
  })

  it('a tampered body is 401 and changes nothing', async () => {
    const header = await encodeSignatureHeader(body, Date.now(), SECRET)
    const tampered = body.replace('flat-feet', 'high-arches')
    const d = deps()
    expect((await handleWebhook(await request(tampered, header), d)).status).toBe(401)
    expect(d.revalidate).not.toHaveBeenCalled()
  })

  it('with no secret configured every request is 401, even one signed', async () => {
    const d = { ...deps(), secret: undefined }
    expect(await handleWebhook(await request(body), d)).toEqual({ status: 401, body: { message: 'Webhook secret is not configured' } })
    expect(d.revalidate).not.toHaveBeenCalled()
  })

  it('malformed JSON with a wrong signature is 401: an unsigned caller learns nothing about the body', async () => {
    const garbage = '{"_id": "guide-'
    const d = deps()
    const outcome = await handleWebhook(await request(garbage, await encodeSignatureHeader(garbage, Date.now(), 'not-the-secret-at-all')), d)
    expect(outcome).toEqual({ status: 401, body: { message: 'Invalid or missing signature' } })
    expect(d.reload).not.toHaveBeenCalled()
  })

  it('malformed JSON is 400 and changes nothing', async () => {
    const d = deps()
    const outcome = await handleWebhook(await request('{"_id": "guide-'), d)
    expect(outcome).toEqual({ status: 400, body: { message: 'Body is not valid JSON' } })
    expect(d.reload).not.toHaveBeenCalled()
    expect(d.revalidate).not.toHaveBeenCalled()
  })

  it('a signed body without _id and _type is 400', async () => {
    const d = deps()
    expect((await handleWebhook(await request('{"hello": "world"}'), d)).status).toBe(400)
    expect(d.revalidate).not.toHaveBeenCalled()
  })
})

describe('tagsForDocument', () => {
  it.each([
    [{ _id: 'guide-a', _type: 'guide', slug: 'a' }, ['type:guide', 'id:guide-a', 'guide:a']],
    [{ _id: 'guide-a', _type: 'guide', slug: 'a', previousSlug: 'old-a' }, ['type:guide', 'id:guide-a', 'guide:a', 'guide:old-a']],
    [{ _id: 'drafts.guide-a', _type: 'guide', slug: 'a' }, ['type:guide', 'id:guide-a', 'guide:a']],
    [{ _id: 'insole-x', _type: 'insole', slug: 'x' }, ['type:insole', 'id:insole-x', 'insole:x']],
    [{ _id: 'exercise-y', _type: 'exercise', slug: 'y' }, ['type:exercise', 'id:exercise-y', 'exercise:y']],
    [{ _id: 'condition-z', _type: 'condition', slug: 'z' }, ['type:condition', 'id:condition-z', 'condition:z']],
    [{ _id: 'person-p', _type: 'person', slug: 'p' }, ['type:person', 'id:person-p', 'person:p']],
    [{ _id: 'siteSettings', _type: 'siteSettings', slug: null }, ['type:siteSettings', 'id:siteSettings']],
  ])('%o revalidates %o', (doc, tags) => {
    expect(tagsForDocument(doc)).toEqual(tags)
  })
})

describe('a replayed webhook', () => {
  it.each([
    ['6 minutes old', -6 * 60_000],
    ['6 minutes in the future', 6 * 60_000],
  ])('with a valid signature %s is refused and changes nothing', async (_label, offset) => {
    const d = deps()
    const sent = await request(body, await encodeSignatureHeader(body, Date.now() + offset, SECRET))
    const outcome = await handleWebhook(sent, d)
    expect(outcome.status).toBe(401)
    expect(outcome.body.message).toMatch(/more than 5 minutes old/)
    expect(d.revalidate).not.toHaveBeenCalled()
    expect(d.reload).not.toHaveBeenCalled()
  })

  it('4 minutes old is still accepted', async () => {
    const d = deps()
    const outcome = await handleWebhook(await request(body, await encodeSignatureHeader(body, Date.now() - 4 * 60_000, SECRET)), d)
    expect(outcome.status).toBe(200)
  })
})
