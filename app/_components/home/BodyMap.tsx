// "Start where it hurts" as a picture: the lower body from the front and from the back, each
// place a plain link. No client JavaScript: hover and focus are CSS, the links work without JS.
import { useId, type JSX } from 'react'
import type { BodyArea } from '@/lib/domain'
import styles from './BodyMap.module.css'

export type BodyMapRegion = { area: BodyArea; label: string; href: string }

type View = 'front' | 'back'

// One drawing of a place: `d` is drawn on the figure's right half; `pair` draws its mirror on
// the left half too (both limbs are one link). Coordinates are around the figure's midline x = 0.
type Drawing = { area: BodyArea; d: string; pair: boolean }

// The figure, in two overlapping pieces (trunk and one leg, mirrored). The outline is each
// piece's wide stroke painted under all the fills, so only the outer edge of the union shows.
const TRUNK =
  'M-47 100 L47 100 C46 112 45 120 45 128 C44 150 39 166 40 182 C41 196 52 207 53 224 C54 236 53 246 49 256 ' +
  'C34 254 12 250 0 247 C-12 250 -34 254 -49 256 C-53 246 -54 236 -53 224 C-52 207 -41 196 -40 182 ' +
  'C-39 166 -44 150 -45 128 C-45 120 -46 112 -47 100 Z'
const LEG_TOP = 'M0 232 L53 224 C55 266 49 312 37 344 C35 352 34 360 35 368 C38 382 39 400 34 420 C31 432 28 442 28 452 '
const LEG_BOTTOM = 'C10 441 7 426 6 408 C5 392 7 378 8 368 C7 357 5 347 6 338 C6 300 3 268 1 246 Z'
// From the front the foot points at the reader: the toes spread a little wider than the ankle.
const FOOT_FRONT = 'C29 459 32 465 33 471 C34 476 33 480 30 480 C24 481 16 483 10 483 C6 483 6 478 8 472 C10 465 12 458 11 451 '
// From behind only the rounded heel shows under the Achilles tendon.
const FOOT_BACK = 'C29 460 30 468 29 474 C28 481 24 484 20 484 C15 484 11 481 10 474 C10 467 11 459 11 451 '
const LEG: Record<View, string> = {
  front: LEG_TOP + FOOT_FRONT + LEG_BOTTOM,
  back: LEG_TOP + FOOT_BACK + LEG_BOTTOM,
}

const DRAWINGS: Record<View, Drawing[]> = {
  front: [
    {
      area: 'hip',
      pair: true,
      d: 'M9 246 C15 230 27 215 39 208 C45 205 49 210 50 220 C51 240 48 266 45 286 C34 292 20 290 9 282 C7 270 7 258 9 246 Z',
    },
    { area: 'knee', pair: true, d: 'M21 337 C28 337 32 343 32 350 C32 358 27 363 21 363 C15 363 10 358 10 350 C10 343 14 337 21 337 Z' },
    {
      area: 'calf',
      pair: true,
      d: 'M18 372 C23 369 29 371 32 377 C33 394 30 413 27 430 C23 434 18 434 15 430 C12 412 12 392 18 372 Z',
    },
    { area: 'ankle', pair: true, d: 'M13 441 C18 438 24 438 27 441 C28 446 28 451 27 455 C22 458 17 458 12 455 C11 450 11 445 13 441 Z' },
    { area: 'foot', pair: true, d: 'M13 461 C19 459 26 461 29 467 C31 471 31 474 29 476 C23 477 17 479 11 479 C9 475 10 467 13 461 Z' },
  ],
  back: [
    {
      area: 'lower-back',
      pair: false,
      d: 'M-32 168 C-12 163 12 163 32 168 C34 183 37 196 40 208 C22 216 -22 216 -40 208 C-37 196 -34 183 -32 168 Z',
    },
    { area: 'hip', pair: true, d: 'M3 222 C16 216 38 214 48 224 C52 238 50 252 44 260 C32 267 14 266 3 258 C2 246 2 234 3 222 Z' },
    { area: 'knee', pair: true, d: 'M10 342 C17 339 28 339 33 342 C34 349 34 355 32 360 C26 363 16 363 9 360 C8 354 8 348 10 342 Z' },
    {
      area: 'calf',
      pair: true,
      d: 'M10 370 C18 365 30 365 35 374 C37 390 35 404 29 417 C24 423 16 423 12 417 C7 404 7 386 10 370 Z',
    },
    { area: 'ankle', pair: true, d: 'M17 427 C19 425 23 425 25 427 L24 457 C22 459 19 459 17 457 Z' },
    { area: 'heel', pair: true, d: 'M13 464 C17 461 23 461 27 464 C28 470 27 477 24 480 C21 482 17 482 14 480 C11 476 11 470 13 464 Z' },
  ],
}

const VIEWS: { view: View; x: number; label: string }[] = [
  { view: 'front', x: 80, label: 'Front' },
  { view: 'back', x: 240, label: 'Back' },
]

function Shapes({ d, pair, className }: { d: string; pair: boolean; className?: string }) {
  return (
    <>
      <path className={className} d={d} />
      {pair ? <path className={className} d={d} transform="scale(-1 1)" /> : null}
    </>
  )
}

export function BodyMap({ regions, headingId }: { regions: BodyMapRegion[]; headingId?: string }): JSX.Element {
  const id = useId()
  const captionId = `${id}caption`
  const fadeId = `${id}fade`
  const byArea = new Map<BodyArea, BodyMapRegion>()
  for (const region of regions) if (!byArea.has(region.area)) byArea.set(region.area, region)
  // The first drawing of a place is its one tab stop; a later drawing of it (the other view) is
  // still a link for the mouse, but hidden from the keyboard and from screen readers.
  const drawn = new Set<BodyArea>()

  return (
    <figure className={styles.map}>
      <svg
        className={styles.svg}
        viewBox="0 140 320 380"
        role="group"
        aria-labelledby={headingId ?? captionId}
        aria-describedby={headingId ? captionId : undefined}
      >
        <defs>
          <linearGradient id={fadeId} x1="0" y1="0" x2="0" y2="1">
            <stop offset="0" className={styles.fadeStop} stopOpacity="1" />
            <stop offset="1" className={styles.fadeStop} stopOpacity="0" />
          </linearGradient>
        </defs>
        {VIEWS.map(({ view, x, label }) => (
          <g key={view} transform={`translate(${x} 0)`}>
            <g>
              <g className={styles.edge}>
                <path d={TRUNK} />
                <Shapes d={LEG[view]} pair />
              </g>
              <g className={styles.body}>
                <path d={TRUNK} />
                <Shapes d={LEG[view]} pair />
              </g>
              {view === 'back' ? (
                <path className={styles.crease} d="M0 140 L0 214" />
              ) : (
                <path className={styles.crease} d="M-1.5 184 C-1.5 188 1.5 188 1.5 184" />
              )}
            </g>
            {/* The upper body fades out: only the waist and below are places to choose. */}
            <rect x="-60" y="140" width="120" height="24" fill={`url(#${fadeId})`} />
            {DRAWINGS[view].map(({ area, d, pair }) => {
              const region = byArea.get(area)
              if (!region) return <Shapes key={area} d={d} pair={pair} className={styles.plain} />
              const repeat = drawn.has(area)
              drawn.add(area)
              return (
                <a
                  key={area}
                  href={region.href}
                  className={styles.region}
                  data-area={area}
                  aria-label={region.label}
                  aria-hidden={repeat ? 'true' : undefined}
                  tabIndex={repeat ? -1 : undefined}
                >
                  <title>{region.label}</title>
                  <Shapes d={d} pair={pair} className={styles.halo} />
                  <Shapes d={d} pair={pair} className={styles.shape} />
                </a>
              )
            })}
            <text className={styles.label} x="0" y="510" textAnchor="middle">
              {label}
            </text>
          </g>
        ))}
      </svg>
      <figcaption id={captionId} className={styles.caption}>
        Front and back of the body. Choose where it hurts.
      </figcaption>
    </figure>
  )
}
