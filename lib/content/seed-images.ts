import 'server-only'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { seedImageFile } from './image'

// The embedded dataset's image files, served by the site as Sanity's CDN would serve them.
const SEED_IMAGES_DIR = path.join(process.cwd(), 'sanity', 'seed', 'images')
const TYPES: Record<string, string> = { webp: 'image/webp', png: 'image/png', jpg: 'image/jpeg' }

/** The file and its type, or null for a name that is not a seed image (never a path outside the folder). */
export async function readSeedImage(name: string): Promise<{ body: Buffer; type: string } | null> {
  const file = seedImageFile(name)
  if (!file) return null
  try {
    return { body: await readFile(path.join(SEED_IMAGES_DIR, file)), type: TYPES[file.split('.').pop()!]! }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}
