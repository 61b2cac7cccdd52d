// Packs the seed as a Sanity export: a .tar.gz holding data.ndjson and images/, which
// `npx sanity dataset import <file> <dataset>` loads into a real project, pictures included.
// Image fields point at their files with `_sanityAsset` (the import uploads them and sets the
// reference); the sanity.imageAsset documents stay out, since the upload creates them.
// Run: npm run seed:pack [-- <output file>]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as tar from 'tar'

const SEED = path.dirname(fileURLToPath(import.meta.url))
const NAME = 'groundwork-seed'

/** The seed's documents as an export writes them, and the image files they use. */
export function exportDocuments(ndjson) {
  const docs = ndjson.split('\n').filter(Boolean).map((line) => JSON.parse(line))
  const files = new Map(docs.filter((doc) => doc._type === 'sanity.imageAsset').map((doc) => [doc._id, path.basename(doc.path)]))
  const used = new Set()
  const rewrite = (value) => {
    if (Array.isArray(value)) return value.map(rewrite)
    if (!value || typeof value !== 'object') return value
    const ref = value.asset?._ref
    if (value._type === 'image' || (typeof ref === 'string' && ref.startsWith('image-'))) {
      if (!ref) return value
      const file = files.get(ref)
      if (!file) throw new Error(`image ${ref} has no sanity.imageAsset document in the seed`)
      used.add(file)
      const rest = { ...value }
      delete rest.asset
      return { ...rest, _sanityAsset: `image@file://./images/${file}` }
    }
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, rewrite(inner)]))
  }
  const out = docs.filter((doc) => doc._type !== 'sanity.imageAsset').map(rewrite)
  return { ndjson: out.map((doc) => JSON.stringify(doc)).join('\n') + '\n', files: [...used].sort() }
}

export async function pack(output) {
  const { ndjson, files } = exportDocuments(readFileSync(path.join(SEED, 'production.ndjson'), 'utf8'))
  const work = mkdtempSync(path.join(tmpdir(), 'groundwork-pack-'))
  try {
    mkdirSync(path.join(work, NAME, 'images'), { recursive: true })
    writeFileSync(path.join(work, NAME, 'data.ndjson'), ndjson)
    for (const file of files) copyFileSync(path.join(SEED, 'images', file), path.join(work, NAME, 'images', file))
    mkdirSync(path.dirname(output), { recursive: true })
    await tar.create({ gzip: true, file: output, cwd: work, portable: true }, [NAME])
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  return { output, documents: ndjson.trim().split('\n').length, images: files.length }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const output = path.resolve(process.argv[2] ?? path.join(SEED, 'export', `${NAME}.tar.gz`))
  const result = await pack(output)
  console.log(`seed:pack: ${result.documents} documents and ${result.images} images in ${path.relative(process.cwd(), output)}`)
  console.log(`Load it into your project: npx sanity dataset import ${path.relative(process.cwd(), output)} production`)
}
