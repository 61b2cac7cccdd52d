/**
 * Three wet footprints of a LEFT foot, seen from above with the toes pointing up. The big toe and the arch
 * (the medial, inner side) are on the right-hand side of each print; the outer edge is on the left.
 * Each print is drawn in a 400 x 600 frame (the same paths as sanity/seed/art/footprints/*.svg) and scaled down.
 */

const PRINT_COLOUR = '#0b5d4b'
const LABEL_COLOUR = '#1d2a2a'

/** Toe prints as [cx, cy, rx, ry, rotation]: big toe on the right (medial), little toe on the left (lateral). */
const TOES: ReadonlyArray<readonly [number, number, number, number, number]> = [
  [262, 100, 25, 31, -8],
  [220, 88, 14, 17.5, -4],
  [189, 98, 12.5, 15.5, 4],
  [163, 116, 11.5, 14, 12],
  [143, 140, 10.5, 12.5, 22],
]

/** The sole of each print: the outer (left) edge and heel are shared, the inner (right) edge through the midfoot changes. */
const PRINTS = [
  {
    label: 'Flat',
    // A full, wide print: nothing is missing on the inner side.
    d: 'M206 137C248 128 289 140 293 186C297 232 285 272 281 318C277 368 281 420 274 470C266 532 238 568 204 568C169 568 143 538 141 490C139 430 126 362 120 292C116 242 118 200 139 172C158 147 181 141 206 137Z',
  },
  {
    label: 'Medium arch',
    // A curve about half the width of the midfoot is missing on the inner side.
    d: 'M206 139C247 130 287 142 290 186C293 226 282 256 262 286C236 324 206 350 207 388C208 428 258 440 266 490C272 535 240 566 204 566C170 566 145 538 143 490C141 430 128 362 122 292C118 242 120 202 141 174C160 149 182 143 206 139Z',
  },
  {
    label: 'High arch',
    // Heel and ball joined only by a thin strip along the outer edge.
    d: 'M206 143C243 135 280 146 283 186C286 222 274 250 248 268C222 286 186 290 170 318C156 344 158 392 168 420C180 446 255 446 263 490C268 530 236 562 203 562C171 562 149 536 147 492C145 432 133 364 128 296C124 246 126 206 145 178C163 153 184 147 206 143Z',
  },
] as const

const CELL = 120
const SCALE = 0.4

/** Three wet footprints, drawn simply: the gap on the inner (right-hand) side is where the arch lifts off the ground. */
export function Footprints() {
  return (
    <figure className="footprints">
      <svg viewBox="0 0 360 262" role="img" aria-labelledby="footprints-title">
        <title id="footprints-title">
          Three wet footprints of a left foot, toes pointing up, with the big toe and the arch on the right-hand side.
          Flat: a full, wide print with nothing missing on the inner side. Medium arch: a curve about half the width of
          the midfoot is missing on the inner side. High arch: the heel and the ball of the foot are joined only by a
          thin strip along the outer edge.
        </title>
        {PRINTS.map((print, index) => (
          <g key={print.label}>
            <g
              transform={`translate(${index * CELL + CELL / 2 - 200 * SCALE} -8) scale(${SCALE}) translate(-7 -6)`}
              fill={PRINT_COLOUR}
            >
              <path d={print.d} />
              {TOES.map(([cx, cy, rx, ry, rotation]) => (
                <ellipse
                  key={`${cx}-${cy}`}
                  cx={cx}
                  cy={cy}
                  rx={rx}
                  ry={ry}
                  transform={`rotate(${rotation} ${cx} ${cy})`}
                />
              ))}
            </g>
            <text x={index * CELL + CELL / 2} y="244" textAnchor="middle" fontSize="14" fill={LABEL_COLOUR}>
              {print.label}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>Wet footprints of a left foot: flat, medium arch and high arch.</figcaption>
    </figure>
  )
}
