/** Three wet footprints, drawn simply: the white curve is where the arch lifts off the ground. */
export function Footprints() {
  const prints = [
    { label: 'Flat', cutout: 0 },
    { label: 'Medium arch', cutout: 14 },
    { label: 'High arch', cutout: 26 },
  ]
  return (
    <figure className="footprints">
      <svg viewBox="0 0 300 230" role="img" aria-labelledby="footprints-title">
        <title id="footprints-title">
          Three footprints. A flat foot leaves a full, wide print. A medium arch leaves a print with a curve missing
          on the inner side. A high arch leaves the heel and the ball of the foot joined by a thin strip.
        </title>
        {prints.map((print, index) => (
          <g key={print.label} transform={`translate(${index * 100 + 10} 10)`}>
            <path
              d="M30 20 C55 0 75 20 70 60 C66 95 62 120 64 150 C66 185 50 200 36 198 C22 196 14 180 18 150 C22 120 12 90 14 60 C16 35 20 25 30 20 Z"
              fill="#0b5d4b"
            />
            {print.cutout ? <ellipse cx="12" cy="108" rx={print.cutout} ry="40" fill="#ffffff" /> : null}
            <text x="40" y="222" textAnchor="middle" fontSize="14" fill="#1d2a2a">
              {print.label}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>Wet footprints, left foot: flat, medium arch and high arch.</figcaption>
    </figure>
  )
}
