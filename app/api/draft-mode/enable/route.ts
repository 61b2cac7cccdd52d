import type { NextRequest } from 'next/server'
import { enableDraftMode } from '@/lib/content'

export const GET = (request: NextRequest) => enableDraftMode(request)
