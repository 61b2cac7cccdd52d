import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { evaluate, parse } from 'groq-js'
import { draftsOverPublished, publishedOnly, type SanityDocument } from '../../lib/content/ndjson'

export type FakeSanityApi = {
  url: string
  requests: string[]
  /** 'ok' answers; 'slow' never answers; 'error' answers 503. */
  mode: 'ok' | 'slow' | 'error'
  close(): Promise<void>
}

/**
 * A loopback stand-in for Sanity's query endpoint: GET /v<version>/data/query/<dataset>?query=...&$param=<json>,
 * answered by running groq-js over the given documents, as the Content Lake would.
 */
export async function startFakeSanityApi(documents: SanityDocument[], dataset = 'production', port = 0): Promise<FakeSanityApi> {
  const requests: string[] = []
  const api = { mode: 'ok' as FakeSanityApi['mode'] }
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    requests.push(url.pathname)
    if (api.mode === 'slow') return
    if (api.mode === 'error') {
      res.writeHead(503, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ error: 'Service unavailable' }))
      return
    }
    const match = /^\/v[\w-]+\/data\/query\/([\w-]+)$/.exec(url.pathname)
    if (req.method !== 'GET' || !match || match[1] !== dataset) {
      res.writeHead(404, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ error: 'Not found' }))
      return
    }
    try {
      const query = url.searchParams.get('query') ?? ''
      const params: Record<string, unknown> = {}
      for (const [key, value] of url.searchParams) {
        if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
      }
      // Like the Content Lake: published by default, drafts over published when asked.
      const dataset = url.searchParams.get('perspective') === 'drafts' ? draftsOverPublished(documents) : publishedOnly(documents)
      const result = await (await evaluate(parse(query, { params }), { dataset, params })).get()
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ ms: 1, query, result }))
    } catch (error) {
      res.writeHead(400, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ error: { description: (error as Error).message } }))
    }
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const { port: bound } = server.address() as AddressInfo
  return Object.assign(api, {
    url: `http://127.0.0.1:${bound}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  })
}
