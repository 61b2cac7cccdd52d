'use client'

import Link from 'next/link'

// Shown when a page fails to render; it never shows the error's details to the reader.
export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1>Sorry, something went wrong</h1>
      <p>This page could not be shown just now. Please try again in a moment.</p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>{' '}
        or <Link href="/">go to the home page</Link>.
      </p>
      <p className="small">If you have warning signs such as sudden weakness or numbness, do not wait: call 999 or NHS 111.</p>
    </>
  )
}
