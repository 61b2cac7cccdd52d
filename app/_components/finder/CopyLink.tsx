'use client'

import { useState, useSyncExternalStore } from 'react'

const noop = () => () => {}
/** False on the server and while hydrating, true once scripts run: a button that needs them waits for them. */
const useHydrated = () =>
  useSyncExternalStore(
    noop,
    () => true,
    () => false,
  )

/** Copies the results link; without JavaScript the button is not shown and the page prints the link instead. */
export function CopyLink({ path }: { path: string }) {
  const [status, setStatus] = useState('')
  const hydrated = useHydrated()
  async function copy() {
    const url = new URL(path, window.location.origin).toString()
    try {
      await navigator.clipboard.writeText(url)
      setStatus('Link copied.')
    } catch (error) {
      setStatus(`Could not copy: select the link and copy it yourself. (${(error as Error).name})`)
    }
  }
  if (!hydrated) return null
  return (
    <>
      <button type="button" onClick={copy} className="secondary">
        Copy link
      </button>
      <span role="status" className="small">
        {status}
      </span>
    </>
  )
}

export function PrintButton() {
  const hydrated = useHydrated()
  if (!hydrated) return null
  return (
    <button type="button" onClick={() => window.print()} className="secondary">
      Print
    </button>
  )
}
