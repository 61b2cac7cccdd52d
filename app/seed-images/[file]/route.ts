import { readSeedImage } from '@/lib/content'

// The embedded dataset's pictures. Names are content hashes, so a file never changes.
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const image = await readSeedImage((await params).file)
  if (!image) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  return new Response(new Uint8Array(image.body), {
    headers: { 'content-type': image.type, 'cache-control': 'public, max-age=31536000, immutable' },
  })
}
