import localFont from 'next/font/local'

// Atkinson Hyperlegible Next, self-hosted: one variable file (weights 200 to 800, Latin, 33 KiB),
// preloaded. Italic is left to the browser. The fallback is metric-matched to Arial, so the swap
// barely moves the text. Shared by the site's layout and the not-found page, which has its own.
export const sans = localFont({
  src: '../../../node_modules/@fontsource-variable/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-wght-normal.woff2',
  weight: '200 800',
  style: 'normal',
  display: 'swap',
  variable: '--font-sans',
  preload: true,
  fallback: ['system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'Helvetica Neue', 'Arial', 'sans-serif'],
  adjustFontFallback: 'Arial',
})
