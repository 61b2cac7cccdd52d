'use client'

import { useEffect, useRef } from 'react'

// Survives client-side navigation, resets on a full page load.
let shownBefore = false

/**
 * A finder page's main heading: each question, and the results. Rendered with a key per step,
 * so it mounts anew on each step; after a move without a reload, focus lands on it, so a
 * screen reader announces the new question. A full page load starts at the top as usual.
 */
export function FocusHeading({ id, children }: { id: string; children: React.ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (shownBefore) ref.current?.focus()
    shownBefore = true
  }, [])
  return (
    <h1 id={id} ref={ref} tabIndex={-1} className="focus-heading">
      {children}
    </h1>
  )
}
