'use client'

import { useState } from 'react'

/** Copies the results link; without JavaScript the link itself is shown beside it. */
export function CopyLink({ path }: { path: string }) {
  const [status, setStatus] = useState('')
  async function copy() {
    const url = new URL(path, window.location.origin).toString()
    try {
      await navigator.clipboard.writeText(url)
      setStatus('Link copied.')
    } catch (error) {
      setStatus(`Could not copy: select the link and copy it yourself. (${(error as Error).name})`)
    }
  }
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
  return (
    <button type="button" onClick={() => window.print()} className="secondary">
      Print
    </button>
  )
}
