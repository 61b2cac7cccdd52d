// The home hero's picture: the foot-to-back chain from the share card (sanity/seed/art/brand/share-home.svg),
// re-framed around its circle. Inline so it costs no request and no JavaScript; decorative, as the
// hero text says it all. Colours are the share card's (tokens.css values); ids are prefixed because
// other inline SVGs share the page.
export function HeroFigure() {
  return (
    <svg
      className="hero-figure"
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 524 524"
      width="352"
      height="352"
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <radialGradient id="hero-glow">
          <stop offset="0" stopColor="#e07a5f" stopOpacity=".9" />
          <stop offset=".55" stopColor="#e07a5f" stopOpacity=".5" />
          <stop offset="1" stopColor="#e07a5f" stopOpacity="0" />
        </radialGradient>
      </defs>
      <circle cx="262" cy="262" r="262" fill="#cfe6dc" opacity="0.7" />
      <g transform="translate(-200 -68) scale(1.1)">
        <ellipse cx="425" cy="522" rx="70" ry="8" fill="#e2d8c8" />
        <g>
          <path
            d="M413.8 159.8L404.8 239.3A9.5 9.5 0 0 0 423.7 241.8L435.6 162.7A11 11 0 1 0 413.8 159.8Z"
            fill="#d6a385"
          />
          <path d="M406.4 244.8L441.9 307.5A7 7 0 0 0 454.3 300.9L422.3 236.4A9 9 0 1 0 406.4 244.8Z" fill="#d6a385" />
          <ellipse cx="452.2" cy="312" rx="11.5" ry="8" transform="rotate(62.1 452.2 312)" fill="#d6a385" />
          <path
            d="M411.3 159.8L407.5 199.6A12 12 0 0 0 431.3 202.8L438 163.3A13.5 13.5 0 1 0 411.3 159.8Z"
            fill="#084638"
          />
          <path
            d="M402.1 302.5L439.7 405.8A14.5 14.5 0 0 0 467.3 397L438.3 291A19 19 0 1 0 402.1 302.5Z"
            fill="#d6a385"
          />
          <path
            d="M439.3 399.8L431.5 504.4A8.5 8.5 0 0 0 448.4 506.5L467.1 403.3A14 14 0 1 0 439.3 399.8Z"
            fill="#d6a385"
          />
          <ellipse cx="443.5" cy="437.7" rx="31.5" ry="12.5" transform="rotate(97.3 443.5 437.7)" fill="#d6a385" />
          <g transform="translate(440 505)">
            <path
              d="M-6 -10C-12 -7 -16 -1 -15 6C-14 13 -10 15 -4 15Q14 13.5 34 15C39 15 40 6 34 4C24 1 15 -5 8 -11Z"
              fill="#d6a385"
            />
            <path d="M34 15.2L48 15.1A4.6 4.6 0 0 0 48.4 5.9L34.4 4.8A5.2 5.2 0 1 0 34 15.2Z" fill="#d6a385" />
          </g>
          <path
            d="M399.5 304L419.4 355.1A18.5 18.5 0 0 0 454.6 344L441.3 290.7A22 22 0 1 0 399.5 304Z"
            fill="#162b47"
          />
          <path d="M434.7 161.2L435 123.7A9 9 0 0 0 417 123.1L414.7 160.5A10 10 0 1 0 434.7 161.2Z" fill="#e8b89a" />
          <path d="M396.7 160.5L394 295.5A26 26 0 0 0 446 297.3L452.7 162.5A28 28 0 1 0 396.7 160.5Z" fill="#0b5d4b" />
          <path
            d="M393.8 258.6L392.5 295A27.5 27.5 0 0 0 447.5 297L448.8 260.5A27.5 27.5 0 0 0 393.8 258.6Z"
            fill="#1f3a5f"
          />
          <circle cx="454.9" cy="114.1" r="5" fill="#e8b89a" />
          <circle cx="426.5" cy="111.1" r="30" fill="#e8b89a" />
          <path d="M451.5 92.9A31 31 0 1 0 411 138Q406.5 108.4 451.5 92.9Z" fill="#3d2b22" />
          <ellipse cx="422.4" cy="114" rx="5.5" ry="7.5" transform="rotate(2 422.4 114)" fill="#d9a385" />
          <path
            d="M401.5 300.3L426.7 407.3A14.5 14.5 0 0 0 455.1 401.9L438.8 293.2A19 19 0 1 0 401.5 300.3Z"
            fill="#e8b89a"
          />
          <path
            d="M427.1 400.9L403.7 503.1A8.5 8.5 0 0 0 420 507.8L454 408.6A14 14 0 1 0 427.1 400.9Z"
            fill="#e8b89a"
          />
          <ellipse cx="425.6" cy="439" rx="31.5" ry="12.5" transform="rotate(105.9 425.6 439)" fill="#e8b89a" />
          <g transform="translate(412 505)">
            <path
              d="M-6 -10C-12 -7 -16 -1 -15 6C-14 13 -10 15 -4 15Q14 13.5 34 15C39 15 40 6 34 4C24 1 15 -5 8 -11Z"
              fill="#e8b89a"
            />
            <path d="M34 15.2L48 15.1A4.6 4.6 0 0 0 48.4 5.9L34.4 4.8A5.2 5.2 0 1 0 34 15.2Z" fill="#e8b89a" />
          </g>
          <path
            d="M398.7 301.5L412.5 354.7A18.5 18.5 0 0 0 448.7 347.7L441.8 293.2A22 22 0 1 0 398.7 301.5Z"
            fill="#1f3a5f"
          />
          <path
            d="M413.8 159.9L405.5 239.5A9.5 9.5 0 0 0 424.4 241.8L435.6 162.6A11 11 0 1 0 413.8 159.9Z"
            fill="#e8b89a"
          />
          <path d="M406.6 243.8L433.5 310.6A7 7 0 0 0 446.6 305.8L423.5 237.6A9 9 0 1 0 406.6 243.8Z" fill="#e8b89a" />
          <ellipse cx="443.1" cy="316.4" rx="11.5" ry="8" transform="rotate(69.7 443.1 316.4)" fill="#e8b89a" />
          <path
            d="M411.3 159.9L407.9 199.8A12 12 0 0 0 431.7 202.7L438 163.2A13.5 13.5 0 1 0 411.3 159.9Z"
            fill="#0b5d4b"
          />
        </g>
        <ellipse cx="397.4" cy="254.7" rx="44" ry="52" fill="url(#hero-glow)" />
        <ellipse cx="418.9" cy="437.1" rx="22" ry="40" transform="rotate(15.9 418.9 437.1)" fill="url(#hero-glow)" />
        <ellipse cx="404" cy="514" rx="24" ry="13" fill="url(#hero-glow)" />
        <path
          d="M404 514C366 506 378.9 477.1 418.9 437.1C388.9 377.1 347.4 324.7 397.4 254.7"
          stroke="#e07a5f"
          strokeWidth="5"
          strokeLinecap="round"
          strokeDasharray="0.1 16"
          fill="none"
        />
        <circle cx="404" cy="514" r="6" fill="#e07a5f" />
        <circle cx="418.9" cy="437.1" r="6" fill="#e07a5f" />
        <circle cx="397.4" cy="254.7" r="6" fill="#e07a5f" />
      </g>
    </svg>
  )
}
