import { createHash } from 'node:crypto'
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sanityImport } from '@sanity/import'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs script without type declarations
import { pack } from '../../../sanity/seed/pack.mjs'

type Doc = { _id: string; _type: string; [key: string]: unknown }
const seed = readFileSync(path.join(process.cwd(), 'sanity', 'seed', 'production.ndjson'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Doc)

/** Every asset reference in a document, wherever it sits. */
function assetRefs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(assetRefs)
  if (!value || typeof value !== 'object') return []
  const ref = (value as { asset?: { _ref?: unknown } }).asset?._ref
  return [...(typeof ref === 'string' ? [ref] : []), ...Object.values(value).flatMap(assetRefs)]
}

/**
 * A stand-in for @sanity/client that records what Sanity's own import tool (the one behind
 * `sanity dataset import`) would send: documents created, files uploaded, references set.
 */
function recordingClient() {
  const created: Doc[] = []
  const uploaded: string[] = []
  const refsSet = new Map<string, string[]>()
  const transaction = () => {
    const trx = {
      create: (doc: Doc) => (created.push(doc), trx),
      createOrReplace: (doc: Doc) => (created.push(doc), trx),
      createIfNotExists: (doc: Doc) => (created.push(doc), trx),
      patch: (id: string, build: (patch: unknown) => unknown) => {
        const patch = {
          setIfMissing: () => patch,
          unset: () => patch,
          set: (values: Record<string, { _ref?: string }>) => {
            for (const value of Object.values(values)) if (value?._ref) refsSet.set(id, [...(refsSet.get(id) ?? []), value._ref])
            return patch
          },
        }
        build(patch)
        return trx
      },
      commit: async () => ({ results: [], transactionId: 'recorded' }),
    }
    return trx
  }
  const client = {
    config: () => ({ token: 'recording', projectId: 'p1', dataset: 'production', apiVersion: '2025-02-19' }),
    withConfig: () => client,
    fetch: async () => null,
    transaction,
    datasets: { list: async () => [{ name: 'production' }] },
    assets: {
      upload: async (_type: string, buffer: Buffer) => {
        const { width, height, format } = await sharp(buffer).metadata()
        const id = `image-${createHash('sha1').update(buffer).digest('hex')}-${width}x${height}-${format}`
        uploaded.push(id)
        return { _id: id, url: `https://cdn.sanity.io/images/p1/production/${id}` }
      },
    },
  }
  return { client, created, uploaded, refsSet }
}

const work = mkdtempSync(path.join(tmpdir(), 'seed-pack-test-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('npm run seed:pack', () => {
  it("makes a .tar.gz that Sanity's import loads whole: every document, every picture, every reference", async () => {
    const file = path.join(work, 'seed.tar.gz')
    const packed = await pack(file)
    const { client, created, uploaded, refsSet } = recordingClient()
    await sanityImport(createReadStream(file) as never, { client: client as never, operation: 'createOrReplace', onProgress: () => {} } as never)

    const content = seed.filter((doc) => doc._type !== 'sanity.imageAsset')
    expect(created.map((doc) => doc._id).sort()).toEqual(content.map((doc) => doc._id).sort())
    // Uploaded files are the seed's own assets, byte for byte (the id carries the file's sha1).
    const assetIds = seed.filter((doc) => doc._type === 'sanity.imageAsset').map((doc) => doc._id)
    expect(new Set(uploaded)).toEqual(new Set(assetIds))
    expect(packed.images).toBe(assetIds.length)
    // Each document gets back exactly the pictures it had.
    for (const doc of content) {
      expect([...(refsSet.get(doc._id) ?? [])].sort(), doc._id).toEqual(assetRefs(doc).sort())
    }
    expect(assetRefs(seed).length).toBeGreaterThan(0)
  }, 60_000)
})
