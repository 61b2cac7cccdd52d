// Studio and CLI settings. These are public by nature (the Studio runs in the browser),
// so they come from NEXT_PUBLIC_ variables; the placeholders let schema tools run offline.
export const studioProjectId = process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || 'groundwork-offline'
export const studioDataset = process.env.NEXT_PUBLIC_SANITY_DATASET || 'production'
// The API version Vision's GROQ playground starts on: the one the site queries with.
export const studioApiVersion = process.env.NEXT_PUBLIC_SANITY_API_VERSION || '2025-09-01'

/** True when a Sanity project is configured; without one, /studio explains how to set it up. */
export const studioConfigured = Boolean(process.env.NEXT_PUBLIC_SANITY_PROJECT_ID && process.env.NEXT_PUBLIC_SANITY_DATASET)
