import type { NextRequest } from 'next/server'
import { receivePublish } from '@/lib/content'

// POST /api/revalidate: the publish webhook.
export const POST = (request: NextRequest) => receivePublish(request)
