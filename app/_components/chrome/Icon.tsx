import { createElement } from 'react'
import { ICONS, type IconName } from './icons'

export type { IconName }

type Props = {
  name: IconName
  /** Any CSS length; 1em by default, so the icon follows the text beside it. */
  size?: string
  className?: string
}

/** One line icon, inline and decorative: the words beside it carry the meaning. */
export function Icon({ name, size = '1em', className }: Props) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {ICONS[name].map(([tag, attributes], index) => createElement(tag, { key: index, ...attributes }))}
    </svg>
  )
}
