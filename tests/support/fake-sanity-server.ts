// A stand-alone fake of Sanity's query API for the resilience tests and the Sanity-mode build:
//   tsx tests/support/fake-sanity-server.ts            API on FAKE_SANITY_PORT (3399), control on +1
// Control (POST): /down stops the API listening (connections refused), /up starts it again,
// /title?id=..&title=.. changes a document's title, as a publish in Sanity would.
import { createServer } from 'node:http'
import { startFakeSanityApi, type FakeSanityApi } from './fake-sanity-api'
import { seedDocuments } from './seed'

async function main() {
  const port = Number(process.env.FAKE_SANITY_PORT ?? 3399)
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
  control.listen(port + 1, '127.0.0.1', () =>
    console.log(`fake Sanity API on http://127.0.0.1:${port}, control on ${port + 1}`),
  )
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
