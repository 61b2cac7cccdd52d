/**
 * The Groundwork mark (sanity/seed/art/brand/logo-mark.svg: a G standing on a wave of ground)
 * and the brand name as text. The mark is decorative; the name is what a screen reader reads.
 */
export function LogoMark({ className = 'logo-mark' }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 64 64" width="40" height="40" aria-hidden="true" focusable="false">
      <rect className="logo-tile" width="64" height="64" rx="15" fill="#0b5d4b" />
      <g className="logo-lines" fill="none" stroke="#ffffff" strokeLinecap="round" strokeLinejoin="round">
        <path d="M42 17.5A13.5 13.5 0 1 0 45.5 26.5H34.5" strokeWidth="7" />
        <path d="M13 52.5H20.5C24.5 52.5 26.5 48 32 48S39.5 52.5 43.5 52.5H51" strokeWidth="4.5" />
      </g>
    </svg>
  )
}

export function Logo({ name }: { name: string }) {
  return (
    <span className="logo">
      <LogoMark />
      <span className="logo-name">{name}</span>
    </span>
  )
}
