// Sorts the scripts a page loaded into the framework's (Next and React), the site's shared code
// (layouts, error boundaries) and the page's own client components, from the build's manifests.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import type { PageJs } from './page-js'

export type JsOrigin = 'framework' | 'site' | 'page'
export type JsBreakdown = Record<JsOrigin, { gzipBytes: number; modules: string[] }>

type ClientManifest = {
  clientModules: Record<string, { id: number | string; chunks: string[] }>
  entryJSFiles: Record<string, string[]>
}

function readClientManifest(distDir: string, appRoute: string): ClientManifest {
  // The manifest is a script that assigns globalThis.__RSC_MANIFEST[route]; run it in a bare context.
  const context = vm.createContext({})
  vm.runInContext(readFileSync(path.join(distDir, 'server/app', `${appRoute}_client-reference-manifest.js`), 'utf8'), context)
  const manifest = (context.__RSC_MANIFEST as Record<string, ClientManifest> | undefined)?.[appRoute]
  if (!manifest) throw new Error(`no client reference manifest for ${appRoute} in ${distDir}`)
  return manifest
}

const chunkPath = (url: string) => new URL(url, 'http://x').pathname.replace(/^\/_next\//, '')

/**
 * The chunk (path under _next/) holding each of the project's client modules. A module lists every
 * chunk it needs; Turbopack writes its code as `…,<id>,<factory>` in exactly one of them.
 */
function projectModuleChunks(distDir: string, manifest: ClientManifest) {
  const chunkOf = new Map<string, string[]>()
  for (const [name, { id, chunks }] of Object.entries(manifest.clientModules)) {
    if (name.includes('/node_modules/') || name.includes(' <module evaluation>')) continue
    const definition = new RegExp(`[\\[,]${id},(?:\\(|[\\w$]+=>|function)`)
    const home = chunks.map(chunkPath).filter((chunk) => definition.test(readFileSync(path.join(distDir, chunk), 'utf8')))
    // If the chunk format ever changes, count every chunk it needs as the site's rather than miss it.
    const file = name.replace(/^\[project\]\//, '')
    for (const chunk of home.length ? home : chunks.map(chunkPath)) chunkOf.set(chunk, [...(chunkOf.get(chunk) ?? []), file])
  }
  return chunkOf
}

/** appRoute: the app directory route of the page, e.g. "/(site)/guides/[slug]/page". */
export function jsBreakdown(distDir: string, appRoute: string, loaded: PageJs): JsBreakdown {
  const manifest = readClientManifest(distDir, appRoute)
  const modulesIn = projectModuleChunks(distDir, manifest)
  // The page's own chunks: those its entry loads and no layout, error or not-found entry shares.
  const pageEntry = `[project]/app${appRoute}`
  const shared = new Set(Object.entries(manifest.entryJSFiles).flatMap(([entry, chunks]) => (entry === pageEntry ? [] : chunks)))
  const pageChunks = new Set((manifest.entryJSFiles[pageEntry] ?? []).filter((chunk) => !shared.has(chunk)))
  const breakdown: JsBreakdown = { framework: { gzipBytes: 0, modules: [] }, site: { gzipBytes: 0, modules: [] }, page: { gzipBytes: 0, modules: [] } }
  for (const file of loaded.files) {
    const chunk = chunkPath(file.url)
    const modules = modulesIn.get(chunk)
    const origin: JsOrigin = !modules ? 'framework' : pageChunks.has(chunk) ? 'page' : 'site'
    breakdown[origin].gzipBytes += file.gzipBytes
    breakdown[origin].modules.push(...(modules ?? []))
  }
  return breakdown
}
