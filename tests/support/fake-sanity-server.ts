// A stand-alone fake of Sanity's query API for the resilience tests and the Sanity-mode build:
//   FAKE_SANITY_PORT=n FAKE_SANITY_CONTROL_PORT=m tsx tests/support/fake-sanity-server.ts
// Control (POST): /down stops the API listening (connections refused), /up starts it again,
// /title?id=..&title=.. changes a document's title, as a publish in Sanity would.
import { createServer } from 'node:http'
import { startFakeSanityApi, type FakeSanityApi } from './fake-sanity-api'
import { seedDocuments } from './seed'

async function main() {
  const port = Number(process.env.FAKE_SANITY_PORT)
  const controlPort = Number(process.env.FAKE_SANITY_CONTROL_PORT)
  if (!port || !controlPort) throw new Error('Set FAKE_SANITY_PORT and FAKE_SANITY_CONTROL_PORT (free loopback ports).')
  const documents = seedDocuments()
  let api: FakeSanityApi | null = await startFakeSanityApi(documents, 'production', port)

  const control = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (req.method === 'POST' && url.pathname === '/down' && api) {
      await api.close()
      api = null
    } else if (req.method === 'POST' && url.pathname === '/up' && !api) {
      api = await startFakeSanityApi(documents, 'production', port)
    } else if (req.method === 'POST' && url.pathname === '/title') {
      const doc = documents.find((d) => d._id === url.searchParams.get('id'))
      if (!doc) {
        res.writeHead(404).end('no such document')
        return
      }
      doc.title = url.searchParams.get('title') ?? doc.title
    } else if (req.method !== 'GET') {
      res.writeHead(409).end(`cannot ${url.pathname} now`)
      return
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ up: Boolean(api) }))
  })
  control.listen(controlPort, '127.0.0.1', () =>
    console.log(`fake Sanity API on http://127.0.0.1:${port}, control on ${controlPort}`),
  )
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
