import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { expect, test } from '@playwright/test'
import { freePorts } from '../../tools/free-port.mjs'

const jsonLd = async (page: import('@playwright/test').Page) =>
  (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text))

test('a guide has its title, description, canonical, Open Graph and MedicalWebPage data', async ({ page }) => {
  await page.goto('/guides/flat-feet')
  await expect(page).toHaveTitle(/Flat feet \| Groundwork/)
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'http://localhost:3000/guides/flat-feet')
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Flat feet')
  const data = await jsonLd(page)
  const medical = data.find((item) => item['@type'] === 'MedicalWebPage')
  expect(medical).toMatchObject({ name: 'Flat feet', url: 'http://localhost:3000/guides/flat-feet' })
  // Not reviewed by a clinician yet, so the page must not claim a review date.
  expect(medical).not.toHaveProperty('lastReviewed')
  const crumbs = data.find((item) => item['@type'] === 'BreadcrumbList')
  expect(crumbs.itemListElement.map((item: { name: string }) => item.name)).toEqual(['Home', 'Guides', 'Flat feet'])
})

test('an insole page describes a Product with an offer', async ({ page }) => {
  await page.goto('/insoles/everyday-balance')
  const product = (await jsonLd(page)).find((item) => item['@type'] === 'Product')
  expect(product).toMatchObject({ name: 'Everyday Balance', offers: { '@type': 'Offer', priceCurrency: 'GBP' } })
})

test('sitemap.xml lists absolute URLs of every guide and robots.txt keeps /studio and /api out', async ({
  request,
}) => {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!)
  expect(urls.length).toBeGreaterThan(25)
  for (const url of urls) expect(url).toMatch(/^http:\/\/localhost:3000\//)
  expect(urls).toContain('http://localhost:3000/guides/plantar-heel-pain')
  expect(urls).not.toContain('http://localhost:3000/guides/toe-walking')
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toMatch(/Disallow: \/studio/)
  expect(robots).toMatch(/Disallow: \/api\//)
  expect(robots).toContain('Sitemap: http://localhost:3000/sitemap.xml')
})

test('the home page has a canonical link', async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'http://localhost:3000')
})

/** Starts a production server on a free port with this environment and waits for it to exit (as a bad setting makes it). */
async function startAndExit(command: readonly string[], env: NodeJS.ProcessEnv) {
  const [port] = await freePorts(1)
  const server = spawn(command[0]!, [...command.slice(1), String(port)], { env: { ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'pipe' })
  let output = ''
  server.stdout.on('data', (chunk: Buffer) => (output += chunk))
  server.stderr.on('data', (chunk: Buffer) => (output += chunk))
  const [code] = await once(server, 'exit')
  return { code, output }
}

for (const [name, command] of [
  ['next start', ['npx', 'next', 'start', '-p']],
  ['the standalone server', ['node', 'tests/tools/start-standalone.mjs']],
] as const) {
  test(`${name} without SITE_URL stops at start and names the variable`, async () => {
    const env: NodeJS.ProcessEnv = { ...process.env }
    delete env.SITE_URL
    const { code, output } = await startAndExit(command, env)
    expect(code).not.toBe(0)
    expect(output).toContain('SITE_URL is required in production')
  })
}

test('the standalone server with a bad finder cache limit stops at start and names the setting', async () => {
  const env = { ...process.env, SITE_URL: 'http://localhost:3000', FINDER_PAGE_CACHE_ANSWER_SETS: 'lots' }
  const { code, output } = await startAndExit(['node', 'tests/tools/start-standalone.mjs'], env)
  expect(code).not.toBe(0)
  expect(output).toContain('Invalid FINDER_PAGE_CACHE_ANSWER_SETS')
})

test('guides, insoles and exercises share with their own picture, which the site serves', async ({ request }) => {
  for (const path of ['/guides/flat-feet', '/insoles/heel-lift-plus', '/exercises/wall-calf-stretch']) {
    const html = await (await request.get(path)).text()
    const images = [...html.matchAll(/<meta property="og:image" content="([^"]+)"/g)].map((match) => match[1])
    // Its own picture only: not the site's card as well, which apps might show instead.
    expect(images, path).toHaveLength(1)
    const image = images[0]
    expect(image, path).toMatch(/^http:\/\/localhost:3000\/seed-images\/[a-f0-9]{40}-\d+x\d+\.webp$/)
    expect(html, path).toMatch(/<meta property="og:image:alt" content="[^"]{20,}"/)
    expect(html, path).toContain('<meta name="twitter:card" content="summary_large_image"/>')
    const file = await request.get(new URL(image!).pathname)
    expect(file.status(), path).toBe(200)
    expect(file.headers()['content-type']).toBe('image/webp')
  }
})

test('the home page and the other pages share with the site card, 1200 by 630, with alt text', async ({ request }) => {
  for (const path of ['/', '/guides', '/insoles', '/finder']) {
    const html = await (await request.get(path)).text()
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]
    expect(image, path).toMatch(/^http:\/\/localhost:3000\/opengraph-image-[a-z0-9]+\.png\?[\w.-]+$/)
    expect(html, path).toContain('<meta property="og:image:width" content="1200"/>')
    expect(html, path).toContain('<meta property="og:image:height" content="630"/>')
    expect(html, path).toMatch(/<meta property="og:image:alt" content="The Groundwork logo[^"]{40,}"/)
    expect(html, path).toContain('<meta name="twitter:card" content="summary_large_image"/>')
    expect(html, path).toMatch(/<meta name="twitter:image" content="http:\/\/localhost:3000\/twitter-image-[a-z0-9]+\.png\?[\w.-]+"/)
    const file = await request.get(new URL(image!).pathname)
    expect(file.status(), path).toBe(200)
    expect(file.headers()['content-type']).toBe('image/png')
    expect((await file.body()).length).toBeGreaterThan(10_000)
  }
})
