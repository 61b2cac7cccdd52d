// Draws the insole product pictures: a left insole from above, its inner side and its heel
// from behind, each model's arch, heel cup, posting, pad or lift true to the product.
// Writes sanity/seed/art/insoles/<slug>.svg; the <title> is the picture's alt text.
// Run: node sanity/seed/art/tools/insoles.mjs
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const __dirname = path.dirname(fileURLToPath(import.meta.url))
const OUT = process.argv[2] || path.join(__dirname, '..', 'insoles')

const f = (n) => {
  const r = Math.round(n * 10) / 10
  return Object.is(r, -0) ? 0 : r
}

// ---------- colour helpers ----------
function hex2rgb(h) {
  h = h.replace('#', '')
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16))
}
function rgb2hex(c) {
  return '#' + c.map((v) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0')).join('')
}
function mix(a, b, t) {
  const A = hex2rgb(a)
  const B = hex2rgb(b)
  return rgb2hex(A.map((v, i) => v + (B[i] - v) * t))
}

// ---------- bezier helpers ----------
function lerp(a, b, t) {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]
}
function split(p0, p1, p2, p3, t) {
  const a = lerp(p0, p1, t)
  const b = lerp(p1, p2, t)
  const c = lerp(p2, p3, t)
  const d = lerp(a, b, t)
  const e = lerp(b, c, t)
  const m = lerp(d, e, t)
  return [
    [p0, a, d, m],
    [m, e, c, p3],
  ]
}
function yAt(p0, p1, p2, p3, t) {
  const u = 1 - t
  return u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1]
}
function tForY(seg, y) {
  let lo = 0
  let hi = 1
  const inc = yAt(...seg, 1) > yAt(...seg, 0)
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2
    const v = yAt(...seg, mid)
    if (v < y === inc) lo = mid
    else hi = mid
  }
  return (lo + hi) / 2
}

// Left insole, toes up, medial (arch, big toe) on the RIGHT. Local coords: x centred, y 0 (toe) .. ~750 (heel).
const START = [34, 0]
const SEGS = [
  [96, 0, 140, 55, 148, 150],
  [154, 235, 128, 295, 101, 352],
  [77, 405, 70, 470, 80, 540],
  [90, 600, 93, 660, 76, 703],
  [56, 748, -56, 752, -76, 703],
  [-93, 660, -95, 590, -94, 520],
  [-93, 440, -112, 378, -122, 300],
  [-132, 222, -130, 150, -110, 98],
  [-86, 38, -28, 0, 34, 0],
]

function segPoints(sx) {
  let p = [START[0] * sx, START[1]]
  return SEGS.map((s) => {
    const seg = [p, [s[0] * sx, s[1]], [s[2] * sx, s[3]], [s[4] * sx, s[5]]]
    p = seg[3]
    return seg
  })
}
function segsToPath(segs, close = true) {
  let d = `M${f(segs[0][0][0])} ${f(segs[0][0][1])}`
  for (const s of segs) d += `C${f(s[1][0])} ${f(s[1][1])} ${f(s[2][0])} ${f(s[2][1])} ${f(s[3][0])} ${f(s[3][1])}`
  return d + (close ? 'Z' : '')
}

function outline(profile) {
  if (profile === 'slim') {
    const sx = 0.84
    const segs = segPoints(sx)
    // medial front point on segment 1, lateral front point on segment 7
    const t1 = tForY(segs[1], 238)
    const s1 = split(...segs[1], t1)[1]
    const t7 = tForY(segs[7], 262)
    const s7 = split(...segs[7], t7)[0]
    const M = s1[0]
    const Lp = s7[3]
    const body = [s1, segs[2], segs[3], segs[4], segs[5], segs[6], s7]
    // rounded, skived front edge following the line of the metatarsal heads (medial further forward)
    const front = [Lp, [Lp[0] + 8, Lp[1] - 36], [M[0] - 70, M[1] - 42], M]
    return segsToPath([...body, front])
  }
  const sx = profile === 'high-volume' ? 1.1 : 1
  return segsToPath(segPoints(sx))
}

// ---------- model data ----------
const SHELL = { 'semi-rigid': '#66707a', rigid: '#262d36' }
const models = [
  {
    slug: 'everyday-balance', arch: 'medium', firmness: 'semi-rigid', heelCup: 'medium', posting: 'none',
    cushioning: 'medium', pad: false, lift: false, profile: 'standard',
    cover: '#0b5d4b', light: '#cfe6dc', edge: '#7fae9e', accent: '#cfe6dc',
  },
  {
    slug: 'stability-control', arch: 'high', firmness: 'rigid', heelCup: 'deep', posting: 'medial',
    cushioning: 'low', pad: false, lift: false, profile: 'standard',
    cover: '#1f3a5f', light: '#9db3cf', edge: '#5f7896', post: '#e07a5f', accent: '#e07a5f',
  },
  {
    slug: 'cushion-arch', arch: 'medium', firmness: 'soft', heelCup: 'medium', posting: 'none',
    cushioning: 'high', pad: false, lift: false, profile: 'standard',
    cover: '#6c9bd2', light: '#e1ecf8', edge: '#b4cde9', accent: '#ffffff',
  },
  {
    slug: 'slim-dress', arch: 'low', firmness: 'semi-rigid', heelCup: 'shallow', posting: 'none',
    cushioning: 'low', pad: false, lift: false, profile: 'slim',
    cover: '#2b2b2b', light: '#55504a', edge: '#c49a6c', accent: '#c49a6c', shell: '#7a5c3e', stitch: true,
  },
  {
    slug: 'heel-comfort', arch: 'medium', firmness: 'semi-rigid', heelCup: 'deep', posting: 'none',
    cushioning: 'high', pad: false, lift: false, profile: 'standard',
    cover: '#8b847b', light: '#d9d3ca', edge: '#bdb5aa', accent: '#f2c14e', gel: '#f2c14e',
  },
  {
    slug: 'heel-lift-plus', arch: 'low', firmness: 'soft', heelCup: 'medium', posting: 'none',
    cushioning: 'medium', pad: false, lift: true, profile: 'standard',
    cover: '#9fd1ad', light: '#e4f4e8', edge: '#c9e6d1', accent: '#2f7a5c', liftColor: '#2f7a5c',
  },
  {
    slug: 'forefoot-relief', arch: 'medium', firmness: 'semi-rigid', heelCup: 'medium', posting: 'none',
    cushioning: 'medium', pad: true, lift: false, profile: 'standard',
    cover: '#e2a867', light: '#f8e3c8', edge: '#d9b07f', accent: '#fff4e6', padColor: '#fbeedd', padLine: '#a8652a',
  },
  {
    slug: 'work-boot-max', arch: 'medium', firmness: 'semi-rigid', heelCup: 'deep', posting: 'none',
    cushioning: 'high', pad: false, lift: false, profile: 'high-volume',
    cover: '#2e3033', light: '#55595e', edge: '#45494e', accent: '#f2c14e', shell: '#e0a912', stripes: true,
  },
  {
    slug: 'lateral-balance', arch: 'low', firmness: 'semi-rigid', heelCup: 'shallow', posting: 'lateral',
    cushioning: 'low', pad: false, lift: false, profile: 'standard',
    cover: '#8d959b', light: '#dadee1', edge: '#b9bfc3', post: '#e07a5f', accent: '#e07a5f',
  },
  {
    slug: 'trail-support', arch: 'high', firmness: 'rigid', heelCup: 'deep', posting: 'medial',
    cushioning: 'medium', pad: false, lift: false, profile: 'high-volume',
    cover: '#56683a', light: '#bfca9c', edge: '#8a6a48', post: '#c8683e', accent: '#c8683e', shell: '#3a2c20',
  },
  {
    slug: 'court-pro', arch: 'high', firmness: 'semi-rigid', heelCup: 'deep', posting: 'medial',
    cushioning: 'medium', pad: true, lift: false, profile: 'standard',
    cover: '#ffffff', light: '#f1c4ca', edge: '#e4e1dc', post: '#d7263d', accent: '#d7263d', padColor: '#fbe3e6',
    padLine: '#d7263d', line: '#cfcac2', stripes: true,
  },
]

// ---------- drawing ----------
function insoleSVG(m) {
  const id = (s) => `${m.slug}-${s}`
  const HV = m.profile === 'high-volume'
  const slim = m.profile === 'slim'
  const sx = slim ? 0.84 : HV ? 1.1 : 1
  const dark = mix(m.cover, '#000000', 0.3)
  const line = m.line || mix(m.cover, '#000000', 0.35)
  const shell = m.firmness === 'soft' ? null : m.shell || SHELL[m.firmness]
  const shellW = m.firmness === 'rigid' ? 7 : 4.5
  const O = outline(m.profile)
  const thick = slim ? 6 : HV ? 24 : 12 + (m.cushioning === 'high' ? 4 : 0)
  const out = []
  const defs = []
  // vertical fade-in mask (transparent above y0, opaque below y1), in top-view coordinates
  const fade = (name, y0, y1) =>
    `<linearGradient id="${id(name + 'g')}" gradientUnits="userSpaceOnUse" x1="0" y1="${y0}" x2="0" y2="${y1}"><stop offset="0" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#fff"/></linearGradient>` +
    `<mask id="${id(name)}" maskUnits="userSpaceOnUse" x="-260" y="-20" width="520" height="920"><rect x="-260" y="-20" width="520" height="920" fill="url(#${id(name + 'g')})"/></mask>`

  // ---------- top view ----------
  const TX = 310
  const TY = slim ? -40 : 60
  defs.push(`<clipPath id="${id('o')}"><path d="${O}"/></clipPath>`)
  defs.push(
    fade('hm', 470, 690),
    fade('sm', 330, 440),
    `<filter id="${id('blur')}" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="9"/></filter>`
  )
  let g = `<g transform="translate(${TX} ${TY})">`
  // soft shadow
  g += `<path d="${O}" transform="translate(14 ${thick + 16})" fill="#5a4a32" opacity="0.2" filter="url(#${id('blur')})"/>`
  // heel lift block under the heel
  if (m.lift) {
    defs.push(fade('lm', 520, 600))
    const lc = m.liftColor
    g += `<g mask="url(#${id('lm')})"><path d="${O}" transform="translate(0 ${thick + 34})" fill="${mix(lc, '#000000', 0.25)}" stroke="${mix(lc, '#000000', 0.25)}" stroke-width="6"/>`
    g += `<path d="${O}" transform="translate(0 ${thick + 17})" fill="${lc}" stroke="${lc}" stroke-width="6"/></g>`
  }
  // posting wedge peeking out beneath the shell
  if (m.posting !== 'none') {
    const medial = m.posting === 'medial'
    const rect = medial ? `<path d="M-260 540L260 420V880H-260Z"/>` : `<path d="M-260 130L260 230V880H-260Z"/>`
    defs.push(`<clipPath id="${id('post')}">${rect}</clipPath>`)
    const gx = medial ? [-5, 35] : [5, -35]
    defs.push(
      `<linearGradient id="${id('pxg')}" gradientUnits="userSpaceOnUse" x1="${gx[0]}" y1="0" x2="${gx[1]}" y2="0"><stop offset="0" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#fff"/></linearGradient>` +
        `<mask id="${id('pm')}" maskUnits="userSpaceOnUse" x="-260" y="-20" width="520" height="920"><rect x="-260" y="-20" width="520" height="920" fill="url(#${id('pxg')})"/></mask>`
    )
    const dx = medial ? 7 : -7
    g += `<g clip-path="url(#${id('post')})" mask="url(#${id('pm')})"><path d="${O}" transform="translate(${dx} ${thick + 10})" fill="${mix(m.post, '#000000', 0.18)}" stroke="${mix(m.post, '#000000', 0.18)}" stroke-width="12"/>`
    g += `<path d="${O}" transform="translate(${dx} ${thick + 4})" fill="${m.post}" stroke="${m.post}" stroke-width="12"/></g>`
  }
  // firm shell under arch and heel
  if (shell) {
    g += `<g mask="url(#${id('sm')})"><path d="${O}" transform="translate(0 ${thick + 3})" fill="${shell}" stroke="${shell}" stroke-width="${shellW * 2}"/></g>`
  }
  // side wall (thickness)
  g += `<path d="${O}" transform="translate(0 ${thick})" fill="${mix(m.edge, '#000000', 0.12)}" stroke="${mix(m.edge, '#000000', 0.12)}" stroke-width="2"/>`
  g += `<path d="${O}" transform="translate(0 ${thick / 2})" fill="${m.edge}"/>`
  // top cover
  g += `<path d="${O}" fill="${m.cover}"/>`
  g += `<g clip-path="url(#${id('o')})">`

  // cushioning texture
  if (m.cushioning !== 'low') {
    const hi = m.cushioning === 'high'
    const sp = hi ? 15 : 18
    const r = hi ? 2.6 : 2
    defs.push(
      `<pattern id="${id('dots')}" width="${sp}" height="${sp}" patternUnits="userSpaceOnUse"><circle cx="${sp / 4}" cy="${sp / 4}" r="${r}" fill="${m.light}"/><circle cx="${(sp * 3) / 4}" cy="${(sp * 3) / 4}" r="${r}" fill="${m.light}"/></pattern>`
    )
    const op = m.cover === '#ffffff' ? 1 : hi ? 0.6 : 0.5
    const podLine = m.cover === '#ffffff' ? '#e8c2c7' : mix(m.cover, m.light, 0.35)
    const fx = slim ? 0 : 6 * sx
    const pcy = m.pad ? 138 : hi ? 168 : 175
    const pry = m.pad ? 95 : hi ? 150 : 128
    g += `<ellipse cx="${f(fx)}" cy="${pcy}" rx="${f((hi ? 118 : 104) * sx)}" ry="${pry}" fill="url(#${id('dots')})" opacity="${op}"/>`
    g += `<ellipse cx="${f(fx)}" cy="${pcy}" rx="${f((hi ? 118 : 104) * sx)}" ry="${pry}" fill="none" stroke="${podLine}" stroke-width="2"/>`
    if (hi && !m.gel) {
      g += `<ellipse cx="0" cy="628" rx="${f(56 * sx)}" ry="70" fill="url(#${id('dots')})" opacity="${op}"/>`
      g += `<ellipse cx="0" cy="628" rx="${f(56 * sx)}" ry="70" fill="none" stroke="${podLine}" stroke-width="2"/>`
    }
  }
  // accent stripes (sport / work)
  if (m.stripes) {
    const w = HV ? 14 : 10
    g += `<path d="M-160 ${HV ? 420 : 410}L${-20 * sx} ${HV ? 330 : 320}" stroke="${m.accent}" stroke-width="${w}"/>`
    g += `<path d="M-160 ${HV ? 460 : 445}L${-30 * sx} ${HV ? 372 : 360}" stroke="${m.accent}" stroke-width="${w / 2}"/>`
  }
  // arch support: raised contour region on the medial (right) side
  const rings = { low: 1, medium: 2, high: 3 }[m.arch]
  const archSize = { low: [44, 95], medium: [70, 128], high: [96, 158] }[m.arch]
  const acx = (slim ? 106 : 112) * sx
  const acy = 440
  for (let i = 0; i < rings; i++) {
    const k = 1 - i * 0.3
    const lum = hex2rgb(m.cover).reduce((a, v) => a + v, 0) / 765
    const lightCover = lum > 0.6
    const tone = m.cover === '#ffffff' ? mix('#ebe7e1', '#ffffff', i * 0.45) : mix(m.cover, '#ffffff', (lightCover ? 0.22 : lum < 0.2 ? 0.1 : 0.12) + i * (lightCover ? 0.2 : 0.1))
    const lineC = m.cover === '#ffffff' ? '#d6d0c7' : lightCover ? mix(m.cover, '#000000', 0.2) : lum < 0.2 ? m.accent : mix(m.cover, m.light, 0.7)
    g += `<ellipse cx="${f(acx + i * 8)}" cy="${acy}" rx="${f(archSize[0] * k * (slim ? 0.9 : 1))}" ry="${f(archSize[1] * k)}" fill="${tone}" stroke="${lineC}" stroke-width="2"/>`
  }
  // heel cup rim: a darker band around the heel, wider for a deeper cup
  const cupW = { shallow: 9, medium: 17, deep: 27 }[m.heelCup] + (HV ? 3 : 0)
  const rimC = m.stripes || m.slug === 'court-pro' ? m.accent : m.cover === '#ffffff' ? '#e6e2dc' : dark
  const rimHi = m.cover === '#ffffff' ? '#ffffff' : mix(m.cover, m.light, 0.5)
  g += `<g mask="url(#${id('hm')})"><path d="${O}" fill="none" stroke="${rimHi}" stroke-width="${cupW * 2 + 6}"/><path d="${O}" fill="none" stroke="${rimC}" stroke-width="${cupW * 2}"/></g>`
  // gel heel cushion
  if (m.gel) {
    g += `<ellipse cx="0" cy="636" rx="62" ry="74" fill="${mix(m.gel, '#000000', 0.12)}"/>`
    g += `<ellipse cx="0" cy="632" rx="58" ry="70" fill="${m.gel}"/>`
    g += `<ellipse cx="0" cy="632" rx="38" ry="47" fill="none" stroke="#f8dc93" stroke-width="3"/>`
    g += `<ellipse cx="0" cy="632" rx="18" ry="23" fill="none" stroke="#f8dc93" stroke-width="3"/>`
    g += `<ellipse cx="-22" cy="598" rx="14" ry="7" fill="#fbe7b3" transform="rotate(-25 -22 598)"/>`
  }
  // metatarsal pad: teardrop dome just behind the 2nd-3rd metatarsal heads
  if (m.pad) {
    const px = 26
    const py = 282
    const drop = 'M0 46C-15 33-31 8-29-12C-27-33-13-42 0-42C13-42 27-33 29-12C31 8 15 33 0 46Z'
    g += `<g transform="translate(${px} ${py}) rotate(-7)">`
    g += `<path d="${drop}" transform="translate(4 5)" fill="${mix(m.cover, '#000000', 0.25)}" opacity="0.45"/>`
    g += `<path d="${drop}" fill="${m.padColor}" stroke="${m.padLine}" stroke-width="2.5"/>`
    g += `<path d="M0 24C-9 16-18 2-17-10C-16-22-8-27 0-27C8-27 16-22 17-10C18 2 9 16 0 24Z" fill="none" stroke="${m.padLine}" stroke-width="1.5" opacity="0.5"/>`
    g += `<ellipse cx="-9" cy="-18" rx="8" ry="11" fill="#ffffff" opacity="0.8"/></g>`
  }
  // stitching for the leather dress insole
  if (m.stitch) {
    g += `<path d="${O}" transform="translate(0 450) scale(0.92 0.955) translate(0 -450)" fill="none" stroke="${m.accent}" stroke-width="2.5" stroke-dasharray="7 6"/>`
  }
  g += `</g>`
  g += `<path d="${O}" fill="none" stroke="${line}" stroke-width="2"/>`
  g += `</g>`
  out.push(g)

  // ---------- side view (medial side, heel left, toes right) ----------
  out.push(sideView(m, id, defs, { shell, shellW, dark, line }))
  // ---------- rear view (from behind, medial on the right) ----------
  out.push(rearView(m, id, defs, { shell, shellW, dark, line }))

  const body = out.join('')
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900" viewBox="0 0 1200 900">` +
    `<title>${ALT[m.slug]}</title>` +
    `<defs>${defs.join('')}</defs>` +
    `<rect width="1200" height="900" fill="#f6f1e8"/>` +
    body +
    `</svg>\n`
  )
}

function dims(m) {
  const HV = m.profile === 'high-volume'
  const slim = m.profile === 'slim'
  const cov = 3
  const foam = { low: 2, medium: 5, high: 9 }[m.cushioning] + (HV ? 3 : 0)
  const T = (slim ? 5 : HV ? 10 : 6) + foam * 0.5
  const Th = T + (HV ? 9 : 6)
  const cup = { shallow: 8, medium: 18, deep: 30 }[m.heelCup] + (HV ? 6 : 0)
  const Ha = { low: 20, medium: 32, high: 46 }[m.arch] + (HV ? 6 : 0)
  return { HV, slim, cov, foam, T, Th, cup, Ha }
}

function sideView(m, id, defs, c) {
  const { slim, cov, foam, T, Th, cup, Ha } = dims(m)
  const Lf = 500
  const X0 = 620
  const G = 370
  const VS = 1.7
  const Hc = Th + cup
  const dip = Math.max(Th + 4, Math.min(Hc, Ha) * 0.9)
  const ua = Math.max(0, Ha * 0.4 - 4)
  const hr = m.lift ? 38 : 0
  const pw = m.posting === 'medial' ? 16 : 0
  // raise of the heel end (heel lift wedge or medial post block)
  const raise = (u) => {
    let r = 0
    if (hr) r += hr * Math.max(0, Math.min(1, 1 - u / (0.5 * Lf)))
    if (pw) r += pw * Math.max(0, Math.min(1, (0.34 * Lf - u) / (0.12 * Lf)))
    return r
  }
  const P = (u, v) => `${f(X0 + u)} ${f(G - v * VS - raise(u))}`
  const end = slim ? 0.72 * Lf : Lf
  let top = `M${P(10, Hc)}C${P(0.14 * Lf, Hc)} ${P(0.2 * Lf, dip)} ${P(0.26 * Lf, dip)}C${P(0.32 * Lf, dip)} ${P(0.34 * Lf, Ha)} ${P(0.42 * Lf, Ha)}C${P(0.5 * Lf, Ha)} ${P(0.56 * Lf, T)} ${P(0.66 * Lf, T)}`
  if (slim) top += `L${P(end - 22, T * 0.9)}C${P(end - 8, T * 0.8)} ${P(end, T * 0.3)} ${P(end, 0)}`
  else top += `L${P(0.94 * Lf, T * 0.85)}C${P(0.985 * Lf, T * 0.8)} ${P(Lf, T * 0.45)} ${P(Lf - 2, 0)}`
  const under = `L${P(0.6 * Lf, 0)}C${P(0.52 * Lf, 0)} ${P(0.48 * Lf, ua)} ${P(0.42 * Lf, ua)}C${P(0.36 * Lf, ua)} ${P(0.32 * Lf, 0)} ${P(0.24 * Lf, 0)}L${P(8, 0)}`
  const back = `C${P(0, 0)} ${P(0, Hc)} ${P(10, Hc)}`
  const body = `M${P(10, Hc)}` + top.slice(top.indexOf('C')) + under + back + 'Z'
  const shellPath = `M${P(0.64 * Lf, 0)}` + `L${P(0.6 * Lf, 0)}C${P(0.52 * Lf, 0)} ${P(0.48 * Lf, ua)} ${P(0.42 * Lf, ua)}C${P(0.36 * Lf, ua)} ${P(0.32 * Lf, 0)} ${P(0.24 * Lf, 0)}L${P(8, 0)}` + back

  defs.push(`<clipPath id="${id('sb')}"><path d="${body}"/></clipPath>`)
  let g = `<g>`
  g += `<ellipse cx="${X0 + end / 2}" cy="${G + 8}" rx="${end / 2 + 20}" ry="10" fill="#5a4a32" opacity="0.14" filter="url(#${id('blur')})"/>`
  // heel lift wedge
  if (hr) {
    const lc = m.liftColor
    g += `<path d="M${f(X0 + 5)} ${G}L${f(X0 + 5)} ${f(G - hr + 2)}Q${f(X0 + 5)} ${G - hr} ${f(X0 + 12)} ${G - hr}L${f(X0 + 0.5 * Lf)} ${G}Z" fill="${lc}"/>`
    g += `<path d="M${f(X0 + 5)} ${G}L${f(X0 + 0.5 * Lf)} ${G}" stroke="${mix(lc, '#000000', 0.25)}" stroke-width="3"/>`
  }
  // medial post block
  if (pw) {
    g += `<path d="M${f(X0 + 6)} ${G}L${f(X0 + 4)} ${f(G - pw + 3)}Q${f(X0 + 4)} ${f(G - pw)} ${f(X0 + 10)} ${f(G - pw)}L${f(X0 + 0.22 * Lf)} ${f(G - pw)}L${f(X0 + 0.34 * Lf)} ${G}Z" fill="${m.post}"/>`
  }
  // metatarsal pad dome (behind the body so only the bump shows)
  if (m.pad) {
    g += `<ellipse cx="${f(X0 + 0.655 * Lf)}" cy="${f(G - T * VS - 3)}" rx="36" ry="15" fill="${m.padColor}" stroke="${m.padLine}" stroke-width="2.5"/>`
  }
  g += `<path d="${body}" fill="${m.edge}"/>`
  g += `<g clip-path="url(#${id('sb')})">`
  if (c.shell) g += `<path d="${shellPath}" fill="none" stroke="${c.shell}" stroke-width="${c.shellW * 2}"/>`
  // gel window in the heel
  if (m.gel) g += `<rect x="${X0 + 22}" y="${f(G - Th * VS - 4)}" width="${0.16 * Lf}" height="20" rx="10" fill="${m.gel}" stroke="${mix(m.gel, '#000000', 0.15)}" stroke-width="2"/>`
  g += `<path d="${top}" fill="none" stroke="${mix(m.edge, '#ffffff', 0.45)}" stroke-width="${f((cov + foam) * 2 * VS)}"/>`
  g += `<path d="${top}" fill="none" stroke="${m.cover}" stroke-width="${f(cov * 2 * VS)}"/>`
  if (m.stripes || m.slug === 'stability-control' || m.slug === 'court-pro') g += `<path d="${top}" fill="none" stroke="${m.accent}" stroke-width="2" transform="translate(0 ${f(cov * VS + 1)})" opacity="0.9"/>`
  g += `</g>`
  g += `<path d="${body}" fill="none" stroke="${c.line}" stroke-width="2" stroke-linejoin="round"/>`
  g += `</g>`
  return g
}

function rearView(m, id, defs, c) {
  const { HV, slim, cov, foam, Th, cup } = dims(m)
  const k = 2.2
  const W = slim ? 220 : HV ? 300 : 260
  const CX = 870
  const G = 740
  const Ths = Th * k
  const Hcr = Ths + cup * k
  const wt = 13
  const h = W / 2
  const outer = `M${-h} ${-Hcr}L${-h} -16Q${-h} 0 ${-h + 16} 0L${h - 16} 0Q${h} 0 ${h} -16L${h} ${-Hcr}`
  const inner = `M${h - wt} ${f(-Hcr)}C${h - wt} ${f(-Ths - (Hcr - Ths) * 0.3)} ${f(h - wt - W * 0.2)} ${f(-Ths)} 0 ${f(-Ths)}C${f(-h + wt + W * 0.2)} ${f(-Ths)} ${-h + wt} ${f(-Ths - (Hcr - Ths) * 0.3)} ${-h + wt} ${f(-Hcr)}`
  const body = `${outer}A${wt / 2} ${wt / 2} 0 0 0 ${h - wt} ${f(-Hcr)}` + inner.slice(inner.indexOf('C')) + `A${wt / 2} ${wt / 2} 0 0 0 ${-h} ${f(-Hcr)}Z`
  let tf = `translate(${CX} ${G})`
  let under = ''
  const pw = 30
  if (m.posting !== 'none') {
    const th = Math.asin(pw / W)
    const deg = (th * 180) / Math.PI
    const cw = W * Math.cos(th)
    if (m.posting === 'medial') {
      // thicker under the medial (right) side; body tilted around its lateral-bottom corner
      under += `<path d="M${-h} 0L${f(-h + cw + 4)} 0L${f(-h + cw + 4)} ${-pw}L${-h} 0Z" fill="${m.post}" stroke="${mix(m.post, '#000000', 0.2)}" stroke-width="2" stroke-linejoin="round"/>`
      tf += ` rotate(${f(-deg)} ${-h} 0)`
    } else {
      under += `<path d="M${h} 0L${f(h - cw - 4)} 0L${f(h - cw - 4)} ${-pw}L${h} 0Z" fill="${m.post}" stroke="${mix(m.post, '#000000', 0.2)}" stroke-width="2" stroke-linejoin="round"/>`
      tf += ` rotate(${f(deg)} ${h} 0)`
    }
  }
  if (m.lift) {
    const hl = 40
    under += `<rect x="${-h + 6}" y="${-hl}" width="${W - 12}" height="${hl}" rx="5" fill="${m.liftColor}" stroke="${mix(m.liftColor, '#000000', 0.25)}" stroke-width="2"/>`
    tf += ` translate(0 ${-hl})`
  }
  defs.push(`<clipPath id="${id('rb')}"><path d="${body}"/></clipPath>`)
  let g = `<ellipse cx="${CX}" cy="${G + 8}" rx="${h + 40}" ry="11" fill="#5a4a32" opacity="0.14" filter="url(#${id('blur')})"/>`
  g += `<g transform="translate(${CX} ${G})">${under}</g>`
  g += `<g transform="${tf}">`
  g += `<path d="${body}" fill="${m.edge}"/>`
  g += `<g clip-path="url(#${id('rb')})">`
  if (c.shell) g += `<path d="${outer}" fill="none" stroke="${c.shell}" stroke-width="${c.shellW * 2 * 1.3}"/>`
  g += `<path d="${inner}" fill="none" stroke="${mix(m.edge, '#ffffff', 0.45)}" stroke-width="${(cov + foam) * 2 * k}"/>`
  g += `<path d="${inner}" fill="none" stroke="${m.cover}" stroke-width="${cov * 2 * k}"/>`
  if (m.gel) g += `<rect x="${-W * 0.24}" y="${f(-Ths - 2)}" width="${W * 0.48}" height="${f(cov * k + 8)}" rx="6" fill="${m.gel}"/>`
  g += `</g>`
  g += `<path d="${body}" fill="none" stroke="${c.line}" stroke-width="2" stroke-linejoin="round"/>`
  g += `</g>`
  return g
}

const ALT = {
  'everyday-balance': 'A teal full-length insole seen from above, with its side and heel: a medium arch, a medium heel cup and a semi-rigid shell.',
  'stability-control': 'A navy full-length insole seen from above, with its side and heel: a high arch, a deep heel cup, a rigid shell and a coral wedge under the inner heel.',
  'cushion-arch': 'A soft blue full-length insole seen from above, with its side and heel: thick cushioning, a medium arch and no firm shell.',
  'slim-dress': 'A slim black three-quarter-length insole with tan stitching seen from above, with its side and heel: thin, with a low arch and a shallow heel cup.',
  'heel-comfort': 'A warm grey full-length insole seen from above, with its side and heel: a yellow cushioning pad in a deep heel cup and a medium arch.',
  'heel-lift-plus': 'A light green full-length insole seen from above, with its side and heel: a dark green wedge raises the heel.',
  'forefoot-relief': 'A sand-coloured full-length insole seen from above, with its side and heel: a small cream pad just behind the ball of the foot.',
  'work-boot-max': 'A thick, wide charcoal insole with yellow edges seen from above, with its side and heel: deep cushioning and a deep heel cup.',
  'lateral-balance': 'A grey full-length insole seen from above, with its side and heel: a coral wedge raises the outer edge, which rolls the foot slightly inward.',
  'trail-support': 'A thick olive and brown insole seen from above, with its side and heel: a high arch, a deep heel cup, a rigid shell and a wedge under the inner heel.',
  'court-pro': 'A white and red full-length insole seen from above, with its side and heel: a high arch, a deep heel cup, a wedge under the inner heel and a pink pad behind the ball of the foot.',
}

fs.mkdirSync(OUT, { recursive: true })
for (const m of models) {
  const svg = insoleSVG(m)
  fs.writeFileSync(path.join(OUT, `${m.slug}.svg`), svg)
  console.log(m.slug, svg.length)
}
