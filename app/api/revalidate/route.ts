import type { NextRequest } from 'next/server'
import { receivePublish } from '@/lib/content'
import { refuseIfLimited } from '@/lib/rate-limit'

// POST /api/revalidate: the publish webhook.
export async function POST(request: NextRequest) {
  return (await refuseIfLimited(request, 'webhook')) ?? receivePublish(request)
}
