import { NextResponse, type NextRequest } from 'next/server'
import { getFinderContent } from '@/lib/content'
import { childResult, recommend, screenSigns } from '@/lib/finder/engine'
import { readFinderRequest } from '@/lib/finder/request'
import { refuseIfLimited } from '@/lib/rate-limit'

const NO_STORE = { 'Cache-Control': 'private, no-store' }

// GET /api/finder?flag=...&health=...&arch=...&symptom=...&activity=...&footwear=...
export async function GET(request: NextRequest) {
  const limited = await refuseIfLimited(request, 'finder-api')
  if (limited) return limited
  const read = readFinderRequest(request.nextUrl.searchParams)
  if (read.kind === 'invalid') {
    return NextResponse.json({ error: 'Invalid finder answers', fields: read.errors }, { status: 400, headers: NO_STORE })
  }
  if (read.kind === 'seek-care') return NextResponse.json(screenSigns(read.flags), { headers: NO_STORE })
  if (read.kind === 'child') return NextResponse.json(childResult(), { headers: NO_STORE })
  const result = recommend(read.answers, await getFinderContent())
  return NextResponse.json(result, { headers: NO_STORE })
}
