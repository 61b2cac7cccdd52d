import type { ArrayOfPrimitivesInputProps } from 'sanity'
import { CARE_LEVEL_LABELS, isBodyArea, signInfo, signsForBodyAreas, URGENCIES } from '../../lib/domain'

const box = { border: '1px solid #d9a400', borderRadius: 6, padding: '0.75rem 1rem', marginTop: '0.75rem', fontSize: 13, lineHeight: 1.5 }

/**
 * The body-area picker of a guide, with the warning signs its "When to get help" cards will
 * show. Editors choose the areas; the signs come from lib/domain, never typed per guide.
 */
export function BodyAreasWithCareSigns(props: ArrayOfPrimitivesInputProps) {
  const areas = (props.value ?? []).filter(isBodyArea)
  const signs = signsForBodyAreas(areas)
  return (
    <div>
      {props.renderDefault(props)}
      <div style={box} data-testid="care-signs-preview">
        <strong>&ldquo;When to get help&rdquo; on this guide will list {signs.length} warning signs:</strong>
        {URGENCIES.map((urgency) => {
          const items = signs.filter((sign) => signInfo(sign).urgency === urgency)
          return items.length ? (
            <div key={urgency} style={{ marginTop: '0.5rem' }}>
              <strong>{CARE_LEVEL_LABELS[urgency]}</strong>
              <ul style={{ margin: '0.25rem 0 0', paddingLeft: '1.25rem' }}>
                {items.map((sign) => (
                  <li key={sign}>{signInfo(sign).text}</li>
                ))}
              </ul>
            </div>
          ) : null
        })}
      </div>
    </div>
  )
}
