'use client'

import { useEffect, useRef } from 'react'

// Survives client-side navigation, resets on a full page load.
let shownBefore = false

/**
 * The question's heading. Rendered with a key per step, so it mounts anew on each step;
 * after a move without a reload, focus lands on it. A full page load starts at the top as usual.
 */
export function FocusHeading({ children }: { children: React.ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (shownBefore) ref.current?.focus()
    shownBefore = true
  }, [])
  return (
    <h1 id="question" ref={ref} tabIndex={-1} className="question-heading">
      {children}
    </h1>
  )
}
