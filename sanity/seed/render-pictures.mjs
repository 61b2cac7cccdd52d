// Renders the seed's drawings (SVG sources in sanity/seed/art/) to WebP image assets and
// writes them into the seed dataset as Sanity would: a file named <sha1>-<w>x<h>.webp in
// sanity/seed/images/, a sanity.imageAsset document with the id image-<sha1>-<w>x<h>-webp
// (dimensions and a blurred lqip in its metadata), and an image field on the document the
// drawing belongs to. Alt text is the SVG's <title>. It also renders the site's share card
// (art/brand/share-home.svg) to the Open Graph and Twitter image files in app/(site)/.
// Run: npm run pictures
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'

const SEED = path.dirname(fileURLToPath(import.meta.url))
const ART = path.join(SEED, 'art')
const IMAGES = path.join(SEED, 'images')
const DATASET = path.join(SEED, 'production.ndjson')
const MANIFEST = path.join(IMAGES, 'manifest.json')
// Where the embedded source serves the files (app/seed-images/[file]/route.ts).
export const SEED_IMAGE_URL = '/seed-images/'
// The share card for the home page and every page without its own picture. Next.js picks these
// up by name (opengraph-image.png, twitter-image.png, each with an .alt.txt) for the whole segment.
const SHARE_CARD = 'brand/share-home.svg'
const SITE_APP = path.join(SEED, '..', '..', 'app', '(site)')
const SHARE_FILES = ['opengraph-image', 'twitter-image']

// Which exercise step's picture shows the exercise on cards and at the top of its page.
const EXERCISE_COVER_STEP = {
  'wall-calf-stretch': 4,
  'bent-knee-calf-stretch': 4,
  'heel-drops': 4,
  'plantar-fascia-stretch': 3,
  'knee-to-wall': 3,
  'short-foot': 3,
  'glute-bridge': 3,
  'towel-toe-curls': 3,
}

const sha1 = (buffer) => createHash('sha1').update(buffer).digest('hex')
const fail = (message) => {
  console.error(`pictures: ${message}`)
  process.exit(1)
}

function titleOf(svg, file) {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/.exec(svg)
  const text = match?.[1]?.replace(/\s+/g, ' ').trim()
  if (!text) fail(`${file} has no <title>: its alt text goes there`)
  return text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
}

/** Renders one drawing, or reuses the file made from the same SVG last time. */
async function render(file, manifest) {
  const svg = readFileSync(path.join(ART, file))
  const source = sha1(svg)
  const known = manifest[file]
  if (known?.source === source && existsSync(path.join(IMAGES, known.file))) return { ...known, alt: titleOf(svg.toString(), file) }
  const webp = await sharp(svg).webp({ quality: 88, effort: 6 }).toBuffer()
  const { width, height } = await sharp(webp).metadata()
  const hash = sha1(webp)
  const name = `${hash}-${width}x${height}.webp`
  writeFileSync(path.join(IMAGES, name), webp)
  const lqip = await sharp(webp).resize(20).jpeg({ quality: 40 }).toBuffer()
  return {
    source,
    file: name,
    id: `image-${hash}-${width}x${height}-webp`,
    sha1: hash,
    width,
    height,
    size: webp.length,
    lqip: `data:image/jpeg;base64,${lqip.toString('base64')}`,
    alt: titleOf(svg.toString(), file),
  }
}

function assetDocument(picture, file, previous) {
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
  return {
    _id: picture.id,
    _type: 'sanity.imageAsset',
    _createdAt: previous?._createdAt ?? now,
    _updatedAt: previous?._updatedAt ?? now,
    _rev: previous?._rev ?? picture.sha1.slice(0, 22),
    assetId: picture.sha1,
    sha1hash: picture.sha1,
    extension: 'webp',
    mimeType: 'image/webp',
    originalFilename: `${path.basename(file, '.svg')}.webp`,
    path: `images/seed/production/${picture.file}`,
    url: `${SEED_IMAGE_URL}${picture.file}`,
    size: picture.size,
    metadata: {
      _type: 'sanity.imageMetadata',
      dimensions: { _type: 'sanity.imageDimensions', width: picture.width, height: picture.height, aspectRatio: picture.width / picture.height },
      lqip: picture.lqip,
      hasAlpha: false,
      isOpaque: true,
    },
  }
}

const imageField = (picture, extra = {}) => ({ _type: 'image', ...extra, alt: picture.alt, asset: { _type: 'reference', _ref: picture.id } })

/** Writes a file only when its bytes differ, so a rerun leaves the tree as it was. */
function writeIfChanged(file, data) {
  if (existsSync(file) && readFileSync(file).equals(Buffer.from(data))) return false
  writeFileSync(file, data)
  return true
}

/** Renders the share card to the Open Graph and Twitter images and their alt text. */
async function renderShareCard() {
  const svg = readFileSync(path.join(ART, SHARE_CARD))
  // A palette PNG: the card is flat colour, so 256 colours look the same at a third of the bytes.
  const png = await sharp(svg).png({ compressionLevel: 9, palette: true }).toBuffer()
  const { width, height } = await sharp(png).metadata()
  if (width !== 1200 || height !== 630) fail(`${SHARE_CARD} renders ${width}x${height}: share images are 1200x630`)
  // Next.js reads the alt text as is, so no trailing newline.
  const alt = titleOf(svg.toString(), SHARE_CARD)
  let written = 0
  for (const name of SHARE_FILES) {
    if (writeIfChanged(path.join(SITE_APP, `${name}.png`), png)) written++
    if (writeIfChanged(path.join(SITE_APP, `${name}.alt.txt`), alt)) written++
  }
  console.log(`pictures: share card ${(png.length / 1024).toFixed(0)} KiB, ${written ? `${written} files written` : 'unchanged'}, in ${path.relative(process.cwd(), SITE_APP)}`)
}

async function main() {
  const manifest = existsSync(MANIFEST) ? JSON.parse(readFileSync(MANIFEST, 'utf8')) : {}
  const files = ['insoles', 'exercises', 'guides', 'footprints']
    .filter((dir) => existsSync(path.join(ART, dir)))
    .flatMap((dir) => readdirSync(path.join(ART, dir)).filter((name) => name.endsWith('.svg')).sort().map((name) => `${dir}/${name}`))
  const pictures = {}
  for (const file of files) pictures[file] = await render(file, manifest)

  const docs = readFileSync(DATASET, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
  const previousAssets = new Map(docs.filter((doc) => doc._type === 'sanity.imageAsset').map((doc) => [doc._id, doc]))
  const used = new Set()
  const pictureFor = (file) => {
    const picture = pictures[file]
    if (!picture) fail(`${file} is missing: draw it in sanity/seed/art/`)
    used.add(file)
    return picture
  }
  const content = docs.filter((doc) => doc._type !== 'sanity.imageAsset')
  for (const doc of content) {
    const slug = doc.slug?.current
    if (doc._type === 'insole') doc.images = [imageField(pictureFor(`insoles/${slug}.svg`), { _key: 'top' })]
    if (doc._type === 'guide') doc.heroImage = imageField(pictureFor(`guides/${slug}.svg`))
    if (doc._type === 'exercise') {
      doc.steps = doc.steps.map((step, index) => {
        const text = typeof step === 'string' ? step : step.text
        return { _key: typeof step === 'string' ? `step-${index + 1}` : step._key, _type: 'exerciseStep', text, image: imageField(pictureFor(`exercises/${slug}-${index + 1}.svg`)) }
      })
      const cover = EXERCISE_COVER_STEP[slug]
      if (!cover) fail(`choose a cover step for exercise ${slug} in EXERCISE_COVER_STEP`)
      doc.image = imageField(pictureFor(`exercises/${slug}-${cover}.svg`))
    }
  }
  const assets = [...used].sort().map((file) => assetDocument(pictures[file], file, previousAssets.get(pictures[file].id)))
  const unique = [...new Map(assets.map((doc) => [doc._id, doc])).values()]
  writeFileSync(DATASET, [...content, ...unique].map((doc) => JSON.stringify(doc)).join('\n') + '\n')

  // Only the files the dataset uses stay.
  const keep = new Set(unique.map((doc) => path.basename(doc.path)))
  for (const name of readdirSync(IMAGES)) if (name.endsWith('.webp') && !keep.has(name)) rmSync(path.join(IMAGES, name))
  const nextManifest = Object.fromEntries(Object.entries(pictures).filter(([file]) => used.has(file)))
  writeFileSync(MANIFEST, JSON.stringify(nextManifest, null, 2) + '\n')
  const unusedArt = files.filter((file) => !used.has(file) && !file.startsWith('footprints/'))
  if (unusedArt.length) console.warn(`pictures: drawn but used by no document: ${unusedArt.join(', ')}`)
  const bytes = unique.reduce((sum, doc) => sum + doc.size, 0)
  console.log(`pictures: ${unique.length} image assets, ${(bytes / 1024).toFixed(0)} KiB, in ${path.relative(process.cwd(), IMAGES)}`)

  await renderShareCard()
}

await main()
