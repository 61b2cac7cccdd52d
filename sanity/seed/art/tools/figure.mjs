#!/usr/bin/env node
// Groundwork exercise illustrations.
//
// A small, dependency-free generator that draws a friendly flat-style figure
// from a pose (joint positions, with two-bone IK for knees and elbows) plus a
// few props, and writes one SVG per exercise step to ../exercises/.
//
//   node sanity/seed/art/tools/figure.mjs
//
// Everything here is original artwork built from simple shapes. No text,
// fonts or raster images end up in the pictures.

import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// ---------------------------------------------------------------- palette
export const C = {
  bg: '#f6f1e8',
  skin: '#e8b89a',
  skinFar: '#d6a385',
  skinShade: '#d9a385',
  top: '#0b5d4b',
  topFar: '#084638',
  navy: '#1f3a5f',
  navyFar: '#162b47',
  hair: '#3d2b22',
  floor: '#d9cfc0',
  ground: '#ede6da',
  prop: '#cfc4b3',
  propDark: '#b8ab97',
  wall: '#e9e1d4',
  coral: '#e07a5f',
  soft: '#cfe6dc',
  sky: '#dbe9f4',
  paper: '#fffaf2',
};

// ---------------------------------------------------------------- vectors
const r1 = (n) => Math.round(n * 10) / 10;
export const V = {
  add: (a, b) => [a[0] + b[0], a[1] + b[1]],
  sub: (a, b) => [a[0] - b[0], a[1] - b[1]],
  mul: (a, k) => [a[0] * k, a[1] * k],
  len: (a) => Math.hypot(a[0], a[1]),
  norm: (a) => {
    const l = Math.hypot(a[0], a[1]) || 1;
    return [a[0] / l, a[1] / l];
  },
  lerp: (a, b, t) => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t],
  // positive degrees rotate clockwise on screen (y points down)
  rot: (v, deg) => {
    const t = (deg * Math.PI) / 180;
    const c = Math.cos(t);
    const s = Math.sin(t);
    return [v[0] * c - v[1] * s, v[0] * s + v[1] * c];
  },
  perp: (v) => [-v[1], v[0]],
  dot: (a, b) => a[0] * b[0] + a[1] * b[1],
  ang: (v) => (Math.atan2(v[1], v[0]) * 180) / Math.PI,
  // unit vector for a lean angle: 0 = straight up, positive leans to +x
  up: (deg) => [Math.sin((deg * Math.PI) / 180), -Math.cos((deg * Math.PI) / 180)],
};
const { add, sub, mul, len, norm, lerp, rot, perp, dot, ang } = V;
const P = (p) => `${r1(p[0])} ${r1(p[1])}`;

// ---------------------------------------------------------------- shapes
export function capsule(a, b, ra, rb, fill, extra = '') {
  const d = len(sub(b, a));
  if (d < 0.5) return `<circle cx="${r1(a[0])}" cy="${r1(a[1])}" r="${r1(Math.max(ra, rb))}" fill="${fill}"${extra}/>`;
  const u = mul(sub(b, a), 1 / d);
  const n = perp(u);
  const s = Math.max(-0.95, Math.min(0.95, (ra - rb) / d));
  const c = Math.sqrt(1 - s * s);
  const v1 = add(mul(n, c), mul(u, s));
  const v2 = add(mul(n, -c), mul(u, s));
  const p1 = add(a, mul(v1, ra));
  const p2 = add(b, mul(v1, rb));
  const p3 = add(b, mul(v2, rb));
  const p4 = add(a, mul(v2, ra));
  return `<path d="M${P(p1)}L${P(p2)}A${r1(rb)} ${r1(rb)} 0 ${s < 0 ? 1 : 0} 0 ${P(p3)}L${P(p4)}A${r1(ra)} ${r1(ra)} 0 ${s > 0 ? 1 : 0} 0 ${P(p1)}Z" fill="${fill}"${extra}/>`;
}
export const circle = (c, r, fill, extra = '') =>
  `<circle cx="${r1(c[0])}" cy="${r1(c[1])}" r="${r1(r)}" fill="${fill}"${extra}/>`;
export const ellipse = (c, rx, ry, deg, fill, extra = '') =>
  `<ellipse cx="${r1(c[0])}" cy="${r1(c[1])}" rx="${r1(rx)}" ry="${r1(ry)}"${deg ? ` transform="rotate(${r1(deg)} ${r1(c[0])} ${r1(c[1])})"` : ''} fill="${fill}"${extra}/>`;
export const rect = (x, y, w, h, fill, rx = 0, extra = '') =>
  `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(w)}" height="${r1(h)}"${rx ? ` rx="${rx}"` : ''} fill="${fill}"${extra}/>`;
export const line = (a, b, stroke, w, extra = '') =>
  `<path d="M${P(a)}L${P(b)}" stroke="${stroke}" stroke-width="${w}" stroke-linecap="round" fill="none"${extra}/>`;

// Soft coral glow (radial gradient defined in defs as #glow).
export const glow = (c, rx, ry, deg = 0, op = 1) =>
  ellipse(c, rx, ry, deg, 'url(#glow)', op < 1 ? ` opacity="${op}"` : '');

export const DEFS =
  '<defs><radialGradient id="glow">' +
  `<stop offset="0" stop-color="${C.coral}" stop-opacity=".9"/>` +
  `<stop offset=".55" stop-color="${C.coral}" stop-opacity=".5"/>` +
  `<stop offset="1" stop-color="${C.coral}" stop-opacity="0"/>` +
  '</radialGradient></defs>';

// Give every id in a document a per-file suffix so pictures can be inlined
// side by side on one page without their gradients or clip paths clashing.
export function scopeIds(doc, name) {
  return doc.replace(/id="([\w-]+)"/g, `id="$1-${name}"`).replace(/url\(#([\w-]+)\)/g, `url(#$1-${name})`);
}

// Escapes text for use inside an XML element or attribute.
export const escapeXml = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

// title: the picture's alt text, written as the first child of <svg>
// (sanity/seed/render-pictures.mjs reads it from there).
export function svgDoc(body, w = 800, h = 600, defs = DEFS, title = '') {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">` +
    (title ? `<title>${escapeXml(title)}</title>` : '') +
    defs +
    `<rect width="${w}" height="${h}" fill="${C.bg}"/>` +
    body +
    '</svg>\n'
  );
}

// ---------------------------------------------------------------- cues
// Arrow along a straight line (2 points) or a quadratic curve (3 points).
export function arrow(pts, { color = C.coral, w = 7, dash = '', head = 1 } = {}) {
  const end = pts[pts.length - 1];
  const prev = pts[pts.length - 2];
  const t = norm(sub(end, prev));
  const n = perp(t);
  const hs = 13 * head;
  const stop = sub(end, mul(t, hs * 0.6));
  const d =
    pts.length === 3 ? `M${P(pts[0])}Q${P(pts[1])} ${P(stop)}` : `M${P(pts[0])}L${P(stop)}`;
  const tip = add(end, mul(t, hs * 0.35));
  const b1 = add(sub(end, mul(t, hs)), mul(n, hs * 0.85));
  const b2 = add(sub(end, mul(t, hs)), mul(n, -hs * 0.85));
  return (
    `<path d="${d}" stroke="${color}" stroke-width="${w}" stroke-linecap="round" fill="none"${dash ? ` stroke-dasharray="${dash}"` : ''}/>` +
    `<path d="M${P(tip)}L${P(b1)}L${P(b2)}Z" fill="${color}" stroke="${color}" stroke-width="3" stroke-linejoin="round"/>`
  );
}

// Circular arc arrow around c, from angle a0 to a1 (degrees, screen).
export function arcArrow(c, r, a0, a1, opts = {}) {
  const pts = [];
  const n = 16;
  for (let i = 0; i <= n; i++) {
    const a = ((a0 + ((a1 - a0) * i) / n) * Math.PI) / 180;
    pts.push([c[0] + r * Math.cos(a), c[1] + r * Math.sin(a)]);
  }
  const color = opts.color ?? C.coral;
  const w = opts.w ?? 6;
  const end = pts[n];
  const t = norm(sub(end, pts[n - 1]));
  const nn = perp(t);
  const hs = 11;
  const body = pts.slice(0, n).map((p, i) => (i ? 'L' : 'M') + P(p)).join('');
  const tip = add(end, mul(t, hs * 0.5));
  const b1 = add(sub(end, mul(t, hs * 0.9)), mul(nn, hs * 0.85));
  const b2 = add(sub(end, mul(t, hs * 0.9)), mul(nn, -hs * 0.85));
  return (
    `<path d="${body}" stroke="${color}" stroke-width="${w}" stroke-linecap="round" stroke-linejoin="round" fill="none"/>` +
    `<path d="M${P(tip)}L${P(b1)}L${P(b2)}Z" fill="${color}" stroke="${color}" stroke-width="3" stroke-linejoin="round"/>`
  );
}

// Stopwatch: "hold this position".
export function clock(c, r = 34) {
  const [x, y] = c;
  const wedge = (() => {
    const a1 = (-90 + 120) * (Math.PI / 180);
    const rr = r - 9;
    return `<path d="M${x} ${y}L${x} ${y - rr}A${rr} ${rr} 0 0 1 ${r1(x + rr * Math.cos(a1))} ${r1(y + rr * Math.sin(a1))}Z" fill="${C.coral}" opacity=".35"/>`;
  })();
  return (
    '<g>' +
    rect(x - 7, y - r - 15, 14, 12, C.navy, 3) +
    line([x + r * 0.72, y - r * 0.72], [x + r * 0.86, y - r * 0.86], C.navy, 7) +
    circle(c, r, C.paper, ` stroke="${C.navy}" stroke-width="6"`) +
    wedge +
    line(c, [x, y - r * 0.62], C.navy, 5) +
    line(c, [x + r * 0.45, y + r * 0.26], C.coral, 5) +
    circle(c, 4.5, C.navy) +
    '</g>'
  );
}

// Two arrows chasing each other: "swap sides".
export function swap(c, r = 30) {
  return (
    '<g>' +
    arcArrow(c, r, 200, 340, { w: 6 }) +
    arcArrow(c, r, 20, 160, { w: 6, color: C.navy }) +
    '</g>'
  );
}

// One arrow going most of the way round: "repeat".
export function repeat(c, r = 28) {
  return arcArrow(c, r, -60, 230, { w: 6 });
}

// A small ring + dot marking a contact point (e.g. heel stays down).
export function pin(c, r = 9) {
  return (
    circle(c, r + 9, C.coral, ' opacity=".22"') + circle(c, r, 'none', ` stroke="${C.coral}" stroke-width="4"`)
  );
}

export function check(c, s = 1, color = C.top) {
  const p = (x, y) => [c[0] + x * s, c[1] + y * s];
  return `<path d="M${P(p(-16, 0))}L${P(p(-5, 11))}L${P(p(17, -13))}" stroke="${color}" stroke-width="${r1(8 * s)}" stroke-linecap="round" stroke-linejoin="round" fill="none"/>`;
}
export function cross(c, s = 1, color = C.coral) {
  const k = 14 * s;
  return (
    line([c[0] - k, c[1] - k], [c[0] + k, c[1] + k], color, r1(8 * s)) +
    line([c[0] - k, c[1] + k], [c[0] + k, c[1] - k], color, r1(8 * s))
  );
}

// ---------------------------------------------------------------- props
export const FLOOR = 520;
export function floor(y = FLOOR, x0 = 0, x1 = 800, h = 600) {
  return rect(x0, y, x1 - x0, h - y, C.ground) + rect(x0, y - 1, x1 - x0, 7, C.floor);
}
export function wall(x, y = FLOOR, w = 800) {
  return (
    rect(x, 0, w - x, y, C.wall) +
    rect(x, 0, 5, y, '#ddd3c3') +
    rect(x, y - 22, w - x, 22, C.prop) +
    rect(x, y - 22, w - x, 4, '#d8cebf')
  );
}
// A step whose front edge is at x = edge, top at y = top, going right.
export function step(edge, top, fl, w = 800) {
  return (
    rect(edge, top, w - edge, fl - top, C.prop) +
    rect(edge, top, w - edge, 9, '#ddd3c3') +
    rect(edge, top + 9, 7, fl - top - 9, C.propDark, 0, ' opacity=".5"')
  );
}
export function rail(x0, x1, y, base) {
  const post = (x) => rect(x - 6, y, 12, base - y, C.propDark);
  return post(x0 + 30) + post(x1 - 30) + rect(x0, y - 8, x1 - x0, 16, C.propDark, 8) + rect(x0 + 4, y - 6, x1 - x0 - 8, 5, '#cbbfad', 3);
}
// Side-view chair facing right; (x, y) = front edge of seat top.
export function chair(x, y, fl = FLOOR) {
  const back = x - 120;
  return (
    rect(back + 8, y + 12, 10, fl - y - 12, C.propDark) +
    rect(x - 22, y + 12, 10, fl - y - 12, C.propDark) +
    rect(back, y - 170, 14, 182, C.prop, 6) +
    rect(back, y, x - back, 14, C.prop, 6) +
    rect(back + 2, y + 12, 12, fl - y - 12, C.prop) +
    rect(x - 14, y + 12, 12, fl - y - 12, C.prop) +
    rect(back + 14, y + 60, x - back - 28, 8, C.propDark, 3)
  );
}
export function mat(x0, x1, fl = FLOOR) {
  return rect(x0, fl - 9, x1 - x0, 10, C.soft, 5) + rect(x0 + 6, fl - 9, x1 - x0 - 12, 3, '#e2f1ea', 2);
}
// ---------------------------------------------------------------- figure
export const B = { torso: 135, neck: 50, thigh: 110, shin: 105, upper: 80, fore: 72, head: 30 };
// Foot in its local frame: ankle at origin, toes along +x, sole on y = 15.
const FOOT =
  'M-6 -10C-12 -7 -16 -1 -15 6C-14 13 -10 15 -4 15Q14 13.5 34 15C39 15 40 6 34 4C24 1 15 -5 8 -11Z';
export const BALL = [36, 15];
const TOE_J = [34, 10];

function ik(A, Cp, l1, l2, hint, tag = '') {
  const d = sub(Cp, A);
  const dl = len(d);
  if (dl >= l1 + l2 - 0.05) {
    if (dl > l1 + l2 + 3) console.warn(`IK: ${tag} cannot reach (${dl.toFixed(1)} > ${l1 + l2})`);
    return add(A, mul(norm(d), l1 * (dl / (l1 + l2))));
  }
  const cosA = Math.max(-1, Math.min(1, (l1 * l1 + dl * dl - l2 * l2) / (2 * l1 * dl)));
  const a = (Math.acos(cosA) * 180) / Math.PI;
  const u = norm(d);
  const c1 = rot(u, a);
  const c2 = rot(u, -a);
  return add(A, mul(dot(c1, hint) >= dot(c2, hint) ? c1 : c2, l1));
}

export function footShape(A, deg, toe, fill, extra = '') {
  const tipDir = rot([14, 0.5], toe);
  return (
    `<g transform="translate(${r1(A[0])} ${r1(A[1])}) rotate(${r1(deg)})"${extra}>` +
    `<path d="${FOOT}" fill="${fill}"/>` +
    capsule(TOE_J, add(TOE_J, tipDir), 5.2, 4.6, fill) +
    '</g>'
  );
}
// World position of a point given in the foot frame.
export const footPt = (A, deg, local) => add(A, rot(local, deg));

/**
 * Draw the figure (facing right). Pose:
 *   hip [x,y]; torso lean deg (0 upright, + forward) or shoulder [x,y];
 *   head: tilt deg; headC: explicit head centre;
 *   near/far legs: { ankle | ball, foot: deg, toe: deg, knee?, hint? }
 *   nearArm/farArm: { hand: wrist [x,y], hint?, handDeg?, elbow? }
 * Returns { svg, j } where j holds the joints for placing cues.
 */
export function figure(p) {
  const H = p.hip;
  let S;
  let up;
  if (p.shoulder) {
    S = p.shoulder;
    up = norm(sub(S, H));
  } else {
    up = V.up(p.torso ?? 0);
    S = add(H, mul(up, B.torso));
  }
  const upH = rot(up, p.head ?? 0);
  const face = perp(upH);
  const fwd = perp(up);
  const hc = p.headC ?? add(S, mul(upH, B.neck));
  const j = { H, S, hc, up, fwd };

  const leg = (side) => {
    const L = p[side];
    const fa = L.foot ?? 0;
    const A = L.ankle ?? sub(L.ball, rot(BALL, fa));
    const K = L.knee ?? ik(H, A, B.thigh, B.shin, L.hint ?? fwd, side + ' leg');
    const toe = L.toe ?? (L.ball && fa > 0 ? -fa : 0);
    j[side] = { A, K, fa, toe };
    const far = side === 'far';
    const sk = far ? C.skinFar : C.skin;
    const nv = far ? C.navyFar : C.navy;
    const sd = norm(sub(A, K));
    const sl = len(sub(A, K));
    const back = perp(sd);
    const calfC = add(add(K, mul(sd, sl * 0.36)), mul(back, 5));
    return (
      capsule(H, K, 19, 14.5, sk) +
      capsule(K, A, 14, 8.5, sk) +
      ellipse(calfC, sl * 0.3, 12.5, ang(sd), sk) +
      footShape(A, fa, toe, sk) +
      (L.extra ? L.extra(j[side]) : '') +
      capsule(H, lerp(H, K, 0.5), 22, 18.5, nv)
    );
  };
  const arm = (side) => {
    const a = p[side + 'Arm'];
    const far = side === 'far';
    const W = a.hand;
    const E = a.elbow ?? ik(S, W, B.upper, B.fore, a.hint ?? rot(mul(up, -1), 25), side);
    const hd = a.handDeg != null ? rot([1, 0], a.handDeg) : norm(sub(W, E));
    j[side + 'Arm'] = { E, W, hd };
    const sk = far ? C.skinFar : C.skin;
    const tp = far ? C.topFar : C.top;
    const hand = ellipse(add(W, mul(hd, a.handLen ?? 9)), 11.5, 8, ang(hd), sk);
    // onTop: the hand (and forearm) is redrawn above the near leg
    if (a.onTop) lateHand = capsule(lerp(E, W, 0.55), W, 8, 7, sk) + hand;
    return (
      capsule(S, E, 11, 9.5, sk) +
      capsule(E, W, 9, 7, sk) +
      hand +
      capsule(S, lerp(S, E, 0.5), 13.5, 12, tp)
    );
  };
  const head = () => {
    const R = 31;
    const pt = (th) => {
      const t = (th * Math.PI) / 180;
      return add(hc, add(mul(upH, R * Math.cos(t)), mul(face, R * Math.sin(t))));
    };
    const p1 = pt(52);
    const p2 = pt(-152);
    const ctrl = add(hc, add(mul(upH, 2), mul(face, -20)));
    const ear = add(hc, add(mul(face, -4), mul(upH, -3)));
    return (
      circle(add(hc, add(mul(face, 28.5), mul(upH, -2))), 5, C.skin) +
      circle(hc, B.head, C.skin) +
      `<path d="M${P(p1)}A${R} ${R} 0 1 0 ${P(p2)}Q${P(ctrl)} ${P(p1)}Z" fill="${C.hair}"/>` +
      ellipse(ear, 5.5, 7.5, ang(upH) + 90, C.skinShade)
    );
  };
  const neckTop = lerp(S, hc, 0.75);
  let lateHand = '';
  let svg = '';
  if (p.farArm) svg += arm('far');
  svg += leg('far');
  svg += capsule(S, neckTop, 10, 9, C.skin);
  svg += capsule(S, H, 28, 26, C.top);
  svg += capsule(lerp(H, S, 0.27), H, 27.5, 27.5, C.navy);
  svg += head();
  svg += leg('near');
  svg += lateHand;
  if (p.nearArm) svg += arm('near');
  return { svg: `<g>${svg}</g>`, j };
}

// ---------------------------------------------------------------- big foot
// A large medial-view right foot for close-ups. Local units: ankle at the
// origin, sole on y = 15, toes towards +x. arch = lift of the arch,
// curl = toe curl 0..1, sh = forefoot shortening (short-foot exercise).
export function bigFoot({ arch = 3, curl = 0, sh = 0, fill = C.skin, far = C.skinFar, top = -130, toeUp = 0, calf = 0 } = {}) {
  const jx = 44 - sh;
  const a = arch * 1.33;
  const body =
    `M13 ${top}C12 ${top + 40} 10 -45 9.5 -26C9 -15 14 -8 22 -5C30 -2 38 2 ${jx - 2} 5` +
    `C${jx + 4} 6 ${jx + 4} 15 ${jx - 2} 15L${jx - 8} 15` +
    `C${jx - 18} ${15 - a} 4 ${15 - a} -3 15C-8 15.5 -14 15 -17 10` +
    'C-19 5 -18 -1 -15 -5C-12 -10 -10 -16 -9.5 -24' +
    (calf
      ? `C-9.5 -45 -12 -62 -14 -78C${-17 - calf} -98 ${-20 - calf} -125 ${-19 - calf * 0.7} -150C-18 -165 -17 ${top + 8} -17 ${top}Z`
      : `C-9.5 -45 -13 -70 -15 -95C-15.5 -105 -16 ${top + 10} -16 ${top}Z`);
  // toe angles: proximal (MTP) and distal (IP) joints
  const t1 = -22 * curl - toeUp;
  const t2 = 85 * curl;
  const J = [jx, 10];
  const m1 = add(J, rot([9, 0], t1));
  const tip = add(m1, rot([7, 0], t1 + t2));
  const J2 = [jx - 3, 8.5];
  const n1 = add(J2, rot([7, 0], t1));
  const tip2 = add(n1, rot([5, 0], t1 + t2));
  const nailC = add(m1, rot([3.5, -3.2], t1 + t2));
  return {
    svg:
      capsule(J2, n1, 4.3, 4, far) +
      capsule(n1, tip2, 4, 3.4, far) +
      `<path d="${body}" fill="${fill}"/>` +
      ellipse([1, -7], 5, 4, 0, C.skinShade, ' opacity=".5"') +
      capsule(J, m1, 5.4, 5, fill) +
      capsule(m1, tip, 5, 4.3, fill) +
      ellipse(nailC, 2.6, 1.6, t1 + t2, '#f4d6c4'),
    tip,
    J,
    arch: [(jx - 10 + -4) / 2, 15 - arch],
  };
}

// Top view of a foot (toes towards +x). side 'R': big toe up (-y), 'L': mirrored.
export function footTop(c, deg, s = 1, fill = C.skin, side = 'R') {
  const body =
    'M-34 0C-34 -7 -29 -9.5 -22 -9.5C-10 -9.5 2 -15 14 -16C24 -17 30 -14 31 -8C32 -1 31 6 27 11C22 15 12 14 2 12C-10 10 -22 9.5 -26 9C-31 8 -34 5 -34 0Z';
  const toes = [
    [36.5, -11, 6.5],
    [37.5, -3, 4.4],
    [36, 3, 4],
    [33.5, 8, 3.6],
    [29, 12, 3.2],
  ];
  return (
    `<g transform="translate(${r1(c[0])} ${r1(c[1])}) rotate(${deg}) scale(${s} ${side === 'L' ? -s : s})">` +
    `<path d="${body}" fill="${fill}"/>` +
    toes.map(([x, y, r]) => circle([x, y], r, fill)).join('') +
    '</g>'
  );
}

// ============================================================ scenes
const scenes = {};
const A0 = FLOOR - 15; // ankle height when the foot is flat
const zoom = (body, z, from, to) =>
  `<g transform="translate(${to[0]} ${to[1]}) scale(${z}) translate(${-from[0]} ${-from[1]})">${body}</g>`;
const onWallAt = (WX) => (y) => ({ hand: [WX - 9, y], handDeg: -90, handLen: 8 });
const calfGlow = (leg, t = 0.38, rx = 40, ry = 22) => {
  const sd = norm(sub(leg.A, leg.K));
  const c = add(lerp(leg.K, leg.A, t), mul(perp(sd), 9));
  return glow(c, rx, ry, ang(sd));
};
const heelGlow = (A, fa = 0) => glow(footPt(A, fa, [-8, 14]), 30, 14);
const heelPin = (A, fa = 0) => pin(footPt(A, fa, [-8, 16]), 7);
const handPins = (f) =>
  ['nearArm', 'farArm'].map((k) => circle(add(f.j[k].W, [2, -8]), 16, 'none', ` stroke="${C.coral}" stroke-width="4"`)).join('');

// ---------- wall calf stretch ----------
{
  const WX = 640;
  const onWall = onWallAt(WX);
  const base = () => floor() + wall(WX);
  const s1 = figure({
    hip: [470, 294],
    torso: 6,
    far: { ankle: [476, A0] },
    near: { ankle: [466, A0] },
    farArm: onWall(156),
    nearArm: onWall(164),
  });
  scenes['wall-calf-stretch-1'] = base() + s1.svg + handPins(s1);

  const pose = (hip, torso, armY, swapLegs = false) => {
    const back = { ankle: [338, A0] };
    const front = { ankle: [498, A0] };
    return figure({
      hip,
      torso,
      far: swapLegs ? back : front,
      near: swapLegs ? front : back,
      farArm: onWall(armY - 8),
      nearArm: onWall(armY),
    });
  };
  const f2 = pose([440, 318], 22, 190);
  const backLeg = f2.j.near;
  const straightGuide = line(add(f2.j.H, [-32, -4]), add(backLeg.A, [-36, -14]), C.coral, 4, ' stroke-dasharray="1 11"');
  scenes['wall-calf-stretch-2'] = base() + f2.svg + arrow([[470, 556], [352, 556]]) + straightGuide;

  // inset: feet from above, both pointing forward, heels down
  const inset = (cx, cy) =>
    circle([cx, cy], 86, C.paper, ` stroke="${C.floor}" stroke-width="5"`) +
    footTop([cx + 26, cy - 20], 0, 1.3, C.skinFar, 'L') +
    footTop([cx - 24, cy + 26], 0, 1.3, C.skin, 'R') +
    circle([cx + 26 - 33, cy - 20], 9, C.coral, ' opacity=".85"') +
    circle([cx - 24 - 33, cy + 26], 9, C.coral, ' opacity=".85"') +
    arrow([[cx - 40, cy - 54], [cx + 45, cy - 54]], { w: 5, head: 0.75, color: C.top });
  scenes['wall-calf-stretch-3'] =
    base() + heelGlow(f2.j.near.A) + heelGlow(f2.j.far.A) + f2.svg + heelPin(f2.j.near.A) + heelPin(f2.j.far.A) + inset(130, 130);

  const f4 = pose([468, 344], 30, 206);
  scenes['wall-calf-stretch-4'] = base() + f4.svg + calfGlow(f4.j.near) + arrow([[372, 302], [402, 286], [438, 292]]);
  const f5 = pose([468, 344], 30, 206, true);
  scenes['wall-calf-stretch-5'] = base() + calfGlow(f5.j.far, 0.38, 44, 26) + f5.svg + clock([110, 110]) + swap([215, 110]);
}

// ---------- bent-knee calf stretch ----------
{
  const WX = 620;
  const onWall = onWallAt(WX);
  const base = () => floor() + wall(WX);
  const s1 = figure({
    hip: [466, 297],
    torso: 6,
    far: { ankle: [474, A0] },
    near: { ankle: [464, A0] },
    farArm: onWall(198),
    nearArm: onWall(206),
  });
  scenes['bent-knee-calf-stretch-1'] = base() + s1.svg + handPins(s1);
  const s2 = figure({
    hip: [452, 303],
    torso: 9,
    far: { ankle: [492, A0] },
    near: { ankle: [398, A0] },
    farArm: onWall(200),
    nearArm: onWall(208),
  });
  scenes['bent-knee-calf-stretch-2'] = base() + s2.svg + arrow([[462, 556], [404, 556]]);
  const bent = (hipY, swapLegs = false) => {
    const back = { ankle: [398, A0] };
    const front = { ankle: [492, A0] };
    return figure({
      hip: [440, hipY],
      torso: 10,
      far: swapLegs ? back : front,
      near: swapLegs ? front : back,
      farArm: onWall(hipY - 126),
      nearArm: onWall(hipY - 118),
    });
  };
  const s3 = bent(348);
  const kneeArrows = (f) =>
    ['near', 'far']
      .map((k) => {
        const K = f.j[k].K;
        return arrow([add(K, [-6, -44]), add(K, [30, -40]), add(K, [38, -16])], { w: 5, head: 0.7 });
      })
      .join('');
  scenes['bent-knee-calf-stretch-3'] =
    base() + heelGlow(s3.j.near.A) + s3.svg + heelPin(s3.j.near.A) + kneeArrows(s3);
  const s4 = bent(376);
  scenes['bent-knee-calf-stretch-4'] = base() + s4.svg + calfGlow(s4.j.near, 0.66, 30, 18) + arrow([[366, 318], [366, 384]]);
  const s5 = bent(376, true);
  scenes['bent-knee-calf-stretch-5'] = base() + calfGlow(s5.j.far, 0.66, 34, 20) + s5.svg + clock([110, 110]) + swap([215, 110]);
}

// ---------- heel drops ----------
{
  const DX = 90;
  const EDGE = 330 + DX;
  const TOP = 490;
  const FL = 560;
  const base = () => floor(FL) + step(EDGE, TOP, FL) + rail(380 + DX, 780, 236, TOP);
  const nearRail = { hand: [426 + DX, 240], handDeg: 10, handLen: 7 };
  const farRail = { hand: [432 + DX, 236], handDeg: 10, handLen: 7 };
  const on = (fa, hipDy = 0, opts = {}) =>
    figure({
      hip: [(opts.hipX ?? 338 + fa * 0.2) + DX, 262 - hipDy],
      torso: opts.torso ?? 4,
      far: opts.far ?? { ball: [362 + DX, TOP], foot: fa },
      near: { ball: [356 + DX, TOP], foot: opts.nearFa ?? fa },
      farArm: farRail,
      nearArm: nearRail,
    });
  // Step 1: where is the pain? Flat ground (pain at the heel) or a step (higher up).
  {
    const sc = 2.9;
    const closeLeg = (ox, fy, glowSvg) => {
      const bf = bigFoot({ arch: 3, top: -152 });
      const oy = fy - 15 * sc;
      return (
        `<g transform="translate(${ox} ${oy}) scale(${sc})">${bf.svg}${glowSvg}</g>` +
        rect(ox - 18 * sc, 0, 32 * sc, 34, C.navy) +
        rect(ox - 18 * sc, 24, 32 * sc, 12, '#2b4a73')
      );
    };
    const left = floor(480, 0, 400) + closeLeg(150, 480, glow([-17.5, 4], 7, 7));
    const right = floor(560, 400, 800) + step(580, 480, 560) + closeLeg(520, 480, glow([-11, -36], 5.5, 13));
    scenes['heel-drops-1'] = left + right + rect(397, 30, 6, 540, C.floor, 3);
  }
  const s2 = on(0);
  scenes['heel-drops-2'] = base() + s2.svg + pin([356 + DX, TOP + 3], 7) + glow(footPt(s2.j.near.A, 0, [-10, 14]), 26, 12, 0, 0.6);
  const upArrows = (x) => arrow([[x, 470], [x, 392]]) + arrow([[x - 30, 470], [x - 30, 392]]);
  const s3 = on(36, 22);
  scenes['heel-drops-3'] = base() + s3.svg + upArrows(290 + DX);
  const lifted = { ankle: [258 + DX, 372], foot: 40, hint: [1, 0.2] };
  const s4 = on(36, 22, { far: lifted });
  scenes['heel-drops-4'] = base() + s4.svg + arrow([[398 + DX, 316], [398 + DX, 420]]);
  const s5 = on(-18, -8, { far: { ankle: [262 + DX, 334], foot: 40, hint: [1, 0.2] }, nearFa: -18, hipX: 336 });
  const heel5 = footPt(s5.j.near.A, -18, [-14, 12]);
  const ax = heel5[0] - 30;
  const ticks = [0, 1, 2].map((i) => line([ax - 11, heel5[1] - 64 + i * 22], [ax + 11, heel5[1] - 64 + i * 22], C.coral, 4)).join('');
  const level = line([EDGE - 70, TOP], [EDGE, TOP], C.propDark, 3, ' stroke-dasharray="6 7"');
  scenes['heel-drops-5'] =
    base() + level + s5.svg + calfGlow(s5.j.near, 0.55, 44, 20) + arrow([[ax, heel5[1] - 80], [ax, heel5[1] + 4]]) + ticks;
  const s6 = on(36, 22);
  scenes['heel-drops-6'] = base() + s6.svg + upArrows(290 + DX) + repeat([110, 110]);
}

// ---------- plantar fascia stretch ----------
{
  const hip = [346, 396];
  const ankle = [488, 368];
  const FD = -84; // crossed foot: toes up, sole facing forward
  const Z = (body, after = '') =>
    zoom(floor(FLOOR, -200, 1000, 900) + chair(420, 422) + body, 1.42, [420, 520], [390, 566]) + after;
  const kneeKnob = () => circle([412, 404], 17, C.skin);
  const crossed = (toe, arms, torso = 16) =>
    figure({
      hip,
      torso,
      head: 14,
      far: { ankle: [470, A0], hint: [1, -0.3] },
      near: { ankle, knee: [412, 404], foot: FD, toe, extra: kneeKnob },
      ...arms,
    });
  const fp = (l) => footPt(ankle, FD, l);
  const toeTip = (toe) => footPt(ankle, FD, add(TOE_J, rot([16, 0.5], toe)));
  const restArms = {
    nearArm: { hand: [440, 386], handDeg: 15 },
    farArm: { hand: [458, 380], handDeg: 10 },
  };
  const s1 = crossed(6, restArms);
  scenes['plantar-fascia-stretch-1'] = Z(s1.svg + arrow([[548, 486], [576, 420], [520, 372]]));
  const holdToes = (toe) => {
    const t = toeTip(toe);
    return { hand: add(t, [-4, -6]), handDeg: 40, handLen: 9 };
  };
  const restFar = { farArm: { hand: [440, 386], handDeg: 15 } };
  const s2 = crossed(0, { nearArm: holdToes(0), ...restFar });
  scenes['plantar-fascia-stretch-2'] = Z(glow(toeTip(0), 30, 30) + s2.svg);
  const s3 = crossed(-40, { nearArm: holdToes(-40), ...restFar });
  const tt = toeTip(-40);
  scenes['plantar-fascia-stretch-3'] = Z(s3.svg + arrow([add(tt, [30, -8]), add(tt, [14, -44]), add(tt, [-26, -46])], { w: 6 }));
  const archPt = fp([14, 16]);
  const onArch = { hand: add(archPt, [14, 4]), handDeg: -170, handLen: 6, hint: [0.2, 1], onTop: true };
  const archGlow = glow(fp([13, 18]), 42, 16, FD);
  const s4 = crossed(-40, { nearArm: holdToes(-40), farArm: onArch }, 24);
  scenes['plantar-fascia-stretch-4'] = Z(s4.svg + archGlow);
  scenes['plantar-fascia-stretch-5'] = Z(s4.svg + archGlow, clock([100, 100]));
}

// ---------- knee to wall ----------
{
  const WX = 620;
  const onWall = onWallAt(WX);
  const base = () => floor() + wall(WX);
  const frontAnkle = (gap) => [WX - gap - 52, A0];
  const upright = (gap) =>
    figure({
      hip: [492, 303],
      torso: 8,
      near: { ankle: frontAnkle(gap) },
      far: { ball: [440, FLOOR], foot: 12 },
      farArm: onWall(198),
      nearArm: onWall(206),
    });
  const kneeIn = (gap, opts = {}) => {
    const A = frontAnkle(gap);
    const kx = WX - 15;
    const ky = A[1] - Math.sqrt(B.shin * B.shin - (kx - A[0]) ** 2);
    const K = [kx, ky];
    const H = add(K, rot([-B.thigh, 0], opts.th ?? 44));
    return figure({
      hip: H,
      torso: 6,
      near: { ankle: A, knee: K },
      far: { ball: [opts.backBall ?? 430, FLOOR], foot: 28 },
      farArm: onWall(H[1] - 122),
      nearArm: onWall(H[1] - 114),
    });
  };
  const gapMark = (gap, y = 550) => {
    const x0 = WX - gap;
    return (
      line([x0, y - 16], [x0, y + 16], C.coral, 5) +
      line([WX, y - 16], [WX, y + 16], C.coral, 5) +
      line([x0, y], [WX, y], C.coral, 5)
    );
  };
  const s1 = upright(14);
  scenes['knee-to-wall-1'] = base() + s1.svg + gapMark(14);
  scenes['knee-to-wall-2'] = base() + heelGlow(s1.j.near.A) + s1.svg + heelPin(s1.j.near.A);
  const s3 = kneeIn(14);
  const K3 = s3.j.near.K;
  scenes['knee-to-wall-3'] =
    base() + s3.svg + glow(add(K3, [12, 0]), 18, 24) + arrow([add(K3, [-70, -56]), add(K3, [-20, -66]), add(K3, [4, -36])]) + heelPin(s3.j.near.A);
  const s4 = kneeIn(32, { backBall: 416 });
  const ghost = footShape(frontAnkle(14), 0, 0, 'none', ` stroke="${C.coral}" stroke-width="2.5" stroke-dasharray="5 6"`);
  scenes['knee-to-wall-4'] = base() + s4.svg + ghost + arrow([[566, 556], [510, 556]]) + glow(add(s4.j.near.K, [12, 0]), 18, 24);
  const ruler = (() => {
    let s = rect(430, 540, WX - 430, 24, C.paper, 3, ` stroke="${C.floor}" stroke-width="2"`);
    for (let x = WX - 10; x > 436; x -= 10) s += rect(x - 1, 540, 2, (WX - x) % 50 === 0 ? 13 : 7, C.propDark);
    return s;
  })();
  const toeX = WX - 32;
  scenes['knee-to-wall-5'] =
    base() + ruler + s4.svg + line([toeX, 528], [toeX, 576], C.coral, 5) + line([WX, 528], [WX, 576], C.coral, 5) + line([toeX, 552], [WX, 552], C.coral, 5) + swap([110, 110]);
}

// ---------- short foot and towel close-ups ----------
const CF = { FY: 480, S: 4.6, ox: 250 };
function closeFoot(opts, { pre = '', ox = CF.ox } = {}) {
  const { FY, S } = CF;
  const bf = bigFoot(opts);
  const oy = FY - 15 * S;
  const w = (pt) => [ox + pt[0] * S, oy + pt[1] * S];
  const hem = rect(ox - 18 * S, 0, 32 * S, 60, C.navy) + rect(ox - 18 * S, 46, 32 * S, 14, '#2b4a73');
  return {
    svg: floor(FY - 40) + pre + `<g transform="translate(${ox} ${oy}) scale(${S})">${bf.svg}</g>` + hem,
    w,
    bf,
  };
}
{
  const seated = () =>
    figure({
      hip: [346, 396],
      torso: 4,
      far: { ankle: [474, A0], hint: [1, -0.3] },
      near: { ankle: [462, A0], hint: [1, -0.3] },
      farArm: { hand: [440, 380], handDeg: 10 },
      nearArm: { hand: [430, 386], handDeg: 10 },
    });
  scenes['short-foot-1'] = floor() + chair(420, 422) + glow([470, 514], 70, 26) + seated().svg;
  {
    const c = closeFoot({ arch: 3 }, { pre: glow([250 + 52 * CF.S, CF.FY - 8], 70, 30) });
    scenes['short-foot-2'] = c.svg + arrow([c.w([40, 25]), c.w([66, 25])], { w: 6 });
  }
  {
    const c = closeFoot({ arch: 6, sh: 2.5 }, { pre: glow([250 + 16 * CF.S, CF.FY - 10], 110, 34) });
    scenes['short-foot-3'] =
      c.svg + arrow([c.w([42, 25]), c.w([22, 25])], { w: 7 }) + arrow([c.w([15, 23]), c.w([15, 11])], { w: 7 });
  }
  {
    const c = closeFoot({ arch: 6, sh: 2.5 });
    const ic = [640, 140];
    const bf = bigFoot({ arch: 6, sh: 2.5, curl: 1, top: -60 });
    const inset =
      `<clipPath id="inset"><circle cx="${ic[0]}" cy="${ic[1]}" r="96"/></clipPath>` +
      circle(ic, 96, C.paper) +
      `<g clip-path="url(#inset)">${rect(ic[0] - 100, ic[1] + 36, 200, 70, C.ground)}` +
      `<g transform="translate(${ic[0] - 150} ${ic[1] + 36 - 15 * 3.2}) scale(3.2)">${bf.svg}</g></g>` +
      circle(ic, 96, 'none', ` stroke="${C.floor}" stroke-width="5"`) +
      cross([ic[0] + 62, ic[1] - 50], 1.1);
    scenes['short-foot-4'] = c.svg + check(c.w([54, -6]), 1.6) + inset;
  }
  {
    const f = figure({
      hip: [420, 296],
      torso: 2,
      far: { ankle: [432, A0] },
      near: { ankle: [414, A0] },
      farArm: { hand: [440, 306], hint: [-1, 0] },
      nearArm: { hand: [432, 309], hint: [-1, 0] },
    });
    scenes['short-foot-5'] = floor() + glow(footPt(f.j.near.A, 0, [14, 14]), 40, 14) + f.svg + clock([600, 150]);
  }
}

// ---------- glute bridge ----------
{
  const MAT = FLOOR - 9;
  const Sx = [236, MAT - 28];
  const headC = [176, MAT - 30];
  const ankleN = [498, MAT - 15];
  const ankleF = [508, MAT - 15];
  const arms = {
    farArm: { hand: [Sx[0] + 150, MAT - 12], hint: [0, 1], handDeg: 4 },
    nearArm: { hand: [Sx[0] + 151, MAT - 9], hint: [0, 1], handDeg: 4 },
  };
  const at = (H) =>
    figure({
      hip: H,
      shoulder: Sx,
      headC,
      near: { ankle: ankleN, hint: [0, -1] },
      far: { ankle: ankleF, hint: [0, -1] },
      ...arms,
    });
  // bridge: S, H, K in one line; |S-K| = torso + thigh; |K-A| = shin.
  const d = len(sub(ankleN, Sx));
  const r0 = B.torso + B.thigh;
  const a = (r0 * r0 - B.shin * B.shin + d * d) / (2 * d);
  const h = Math.sqrt(r0 * r0 - a * a);
  const u = norm(sub(ankleN, Sx));
  const Kb = add(add(Sx, mul(u, a)), mul(perp(u), -h));
  const Hup = lerp(Sx, Kb, B.torso / r0);
  const Hflat = [Sx[0] + B.torso, MAT - 27];
  const Hmid = add(Sx, mul(norm(sub(lerp(Hflat, Hup, 0.45), Sx)), B.torso));
  const Z = (body) => zoom(floor(FLOOR, -200, 1000, 900) + mat(80, 700) + body, 1.32, [345, 520], [400, 500]);
  const f1 = at(Hflat);
  scenes['glute-bridge-1'] = Z(f1.svg);
  scenes['glute-bridge-2'] = Z(f1.svg + glow([326, MAT - 56], 42, 20) + glow([Hflat[0] + 6, MAT - 10], 34, 18));
  const f3 = at(Hup);
  const dir = norm(sub(Kb, Sx));
  const lineGuide = line(add(Sx, mul(dir, -24)), add(f3.j.near.K, mul(dir, 30)), C.coral, 4, ' stroke-dasharray="2 12"');
  const upA = arrow([add(Hup, [0, -44]), add(Hup, [0, -104])]);
  scenes['glute-bridge-3'] = Z(f3.svg + lineGuide + upA);
  scenes['glute-bridge-4'] = Z(f3.svg + glow(Hup, 40, 28, 0, 0.8)) + clock([640, 120]);
  const f5 = at(Hmid);
  scenes['glute-bridge-5'] = Z(f5.svg + arrow([add(Hmid, [0, -110]), add(Hmid, [0, -44])], { dash: '2 13', w: 8 }));
}

// ---------- towel toe curls ----------
const TOWEL = '#a9c8e2';
function towelOnFloor(x0, x1, y0, y1, bunch = 0) {
  const stripe = (k) => rect(x0 + (x1 - x0) * k, y0, (x1 - x0) * 0.035, y1 - y0, C.sky);
  let s = rect(x0, y0, x1 - x0, y1 - y0, TOWEL, 5) + stripe(0.78) + stripe(0.87);
  if (bunch) s += bunch;
  return s;
}
{
  const f = figure({
    hip: [346, 396],
    torso: 4,
    far: { ankle: [474, A0], hint: [1, -0.3] },
    near: { ankle: [462, A0], hint: [1, -0.3] },
    farArm: { hand: [440, 380], handDeg: 10 },
    nearArm: { hand: [430, 386], handDeg: 10 },
  });
  scenes['towel-toe-curls-1'] =
    floor(FLOOR - 26) + chair(420, 422) + towelOnFloor(540, 720, FLOOR - 10, FLOOR + 16) + f.svg + arrow([[630, 420], [630, 492]]);

  const ox = 230;
  const { FY, S } = CF;
  const ty0 = FY - 16;
  const ty1 = FY + 30;
  const toeTipX = (o) => ox + bigFoot(o).tip[0] * S;
  const flat = () => towelOnFloor(ox + 30 * S, 770, ty0, ty1);
  const curledOpts = { arch: 3.5, curl: 0.85 };
  const bunched = () => {
    const tx = toeTipX(curledOpts) + 6;
    const fold = (x, wdt, hgt) =>
      `<path d="M${x} ${ty1 - 4}L${x} ${ty0 + 4}C${x + wdt * 0.1} ${ty0 - hgt} ${x + wdt * 0.9} ${ty0 - hgt} ${x + wdt} ${ty0 + 4}L${x + wdt} ${ty1 - 4}Z" fill="${TOWEL}"/>` +
      `<path d="M${x + wdt * 0.28} ${ty1 - 8}L${x + wdt * 0.28} ${ty0 + 2}C${x + wdt * 0.36} ${ty0 - hgt * 0.5} ${x + wdt * 0.64} ${ty0 - hgt * 0.5} ${x + wdt * 0.72} ${ty0 + 2}L${x + wdt * 0.72} ${ty1 - 8}" stroke="#8fb4d4" stroke-width="4" fill="none" stroke-linecap="round" stroke-linejoin="round"/>`;
    return towelOnFloor(ox + 30 * S, 690, ty0, ty1) + fold(tx - 6, 74, 46) + fold(tx + 58, 66, 32);
  };
  const c2 = closeFoot({ arch: 3 }, { ox, pre: flat() });
  scenes['towel-toe-curls-2'] = c2.svg;
  const c3 = closeFoot(curledOpts, { ox, pre: bunched() });
  scenes['towel-toe-curls-3'] = c3.svg + arrow([[760, 400], [660, 400]]);
  const c4 = closeFoot(curledOpts, { ox, pre: glow(c3.w([-8, 14]), 70, 24) + bunched() });
  scenes['towel-toe-curls-4'] = c4.svg + pin(c4.w([-8, 16]), 10) + arrow([c4.w([-8, -20]), c4.w([-8, 4])]);
  const c5 = closeFoot({ arch: 3 }, { ox, pre: flat() });
  scenes['towel-toe-curls-5'] = c5.svg + arrow([[540, 540], [740, 540]]) + repeat([660, 150]);
}

// ---------------------------------------------------------------- alt text
// Alt text for each picture, by output file name. Written into the SVG as
// <title> (see svgDoc). Describe what is drawn, in plain British English.
export const ALT = {
  'wall-calf-stretch-1.svg':
    'A person stands facing a wall with both hands flat on it at shoulder height. Coral rings mark where the hands rest.',
  'wall-calf-stretch-2.svg':
    'Hands on the wall, the person steps one leg back with the knee straight. A coral arrow on the floor points backwards and a dotted line follows the straight leg.',
  'wall-calf-stretch-3.svg':
    'Both heels press flat on the floor, marked with coral rings. A circle shows the feet from above, both pointing forward towards the wall.',
  'wall-calf-stretch-4.svg':
    'The person leans their hips towards the wall, shown by a curved coral arrow. A coral glow on the back of the rear calf shows where the stretch is felt.',
  'wall-calf-stretch-5.svg':
    'The same wall stretch with the other leg now at the back and a coral glow on its calf. A stopwatch means hold, and circling arrows mean swap legs.',

  'bent-knee-calf-stretch-1.svg':
    'A person stands close to a wall with feet together, pressing both hands against it. Coral rings highlight the hands on the wall.',
  'bent-knee-calf-stretch-2.svg':
    'With hands on the wall, the person steps one foot a short way back. A short coral arrow on the floor shows the small step backwards.',
  'bent-knee-calf-stretch-3.svg':
    'Both knees bend forward, shown by small curved coral arrows, while a coral ring marks the back heel staying flat on the floor.',
  'bent-knee-calf-stretch-4.svg':
    'The person sinks lower with both knees bent, shown by a downward coral arrow. A coral glow low on the back calf, just above the heel, shows where the stretch is felt.',
  'bent-knee-calf-stretch-5.svg':
    'The bent-knee stretch with the other leg now at the back and a coral glow low on that calf. A stopwatch means hold, and circling arrows mean swap legs.',

  'heel-drops-1.svg':
    'Two side views of a lower leg. On flat ground, coral marks the back of the heel bone; with the foot on a step edge, coral marks the tendon higher up.',
  'heel-drops-2.svg':
    'A person holding a rail stands on the balls of both feet on the edge of a step, heels over the edge. A coral ring marks the ball of the foot on the step.',
  'heel-drops-3.svg':
    'Holding the rail, the person rises up onto their toes on both feet at the step edge. Two coral arrows behind the heels point upwards.',
  'heel-drops-4.svg':
    'Up on tiptoe, the person lifts one foot behind them so their weight is on the other leg. A coral arrow points down beside the standing leg.',
  'heel-drops-5.svg':
    'Standing on one leg, the person lowers the heel slowly below the step edge. A coral arrow with three ticks counts the drop, and a glow marks the lower calf.',
  'heel-drops-6.svg':
    'Back up on tiptoe using both feet, with two coral arrows pointing up behind the heels. A circular arrow in the corner means repeat the movement.',

  'plantar-fascia-stretch-1.svg':
    'A person sits on a chair and crosses one foot over the opposite knee, sole facing forward. A curved coral arrow shows the foot being lifted into place.',
  'plantar-fascia-stretch-2.svg':
    'Sitting with one foot crossed over the other knee, the person holds the toes of that foot with one hand. A coral glow surrounds the hand and toes.',
  'plantar-fascia-stretch-3.svg':
    'Seated with the foot crossed over the knee, the person gently pulls the toes back towards the shin. A curved coral arrow shows the direction of the pull.',
  'plantar-fascia-stretch-4.svg':
    'One hand keeps the toes pulled back while the other hand rests across the arch. A coral glow along the sole shows where the stretch is felt.',
  'plantar-fascia-stretch-5.svg':
    'The seated stretch is held, toes pulled back and a hand on the arch, with a coral glow along the sole. A stopwatch in the corner means hold the position.',

  'knee-to-wall-1.svg':
    'A person faces a wall with hands on it, the front foot a few centimetres from the wall. A small coral marker on the floor shows the gap between toes and wall.',
  'knee-to-wall-2.svg':
    'Facing the wall with the front foot close to it, the person keeps that heel flat on the floor. A coral ring and glow mark the heel.',
  'knee-to-wall-3.svg':
    'The front knee bends forward until it touches the wall, shown by a curved coral arrow and a glow at the knee. A coral ring shows the heel stays down.',
  'knee-to-wall-4.svg':
    'The front foot has moved further back from the wall, with a dotted coral outline where it was and an arrow pointing back. The knee still reaches the wall.',
  'knee-to-wall-5.svg':
    'A ruler on the floor with coral markers measures the distance from the front toes to the wall. Circling arrows in the corner mean compare with the other side.',

  'short-foot-1.svg':
    'A person sits upright on a chair with both bare feet flat on the floor. A soft coral glow sits under the feet.',
  'short-foot-2.svg':
    'A close-up of the inside of a bare foot flat on the floor, toes long and relaxed. A coral glow under the toes and an arrow pointing forward show them staying long.',
  'short-foot-3.svg':
    'A close-up of the foot as the ball of the foot draws back towards the heel and the arch lifts. Coral arrows point backwards and upwards, with a glow under the arch.',
  'short-foot-4.svg':
    'A close-up of a foot with a raised arch and straight toes, marked with a green tick. A small circle shows curled toes, crossed out in coral.',
  'short-foot-5.svg':
    'A person stands upright with arms by their sides and feet flat on the floor. A coral glow under the arch and a stopwatch mean hold the arch lift.',

  'glute-bridge-1.svg':
    'A person lies on their back on a mat with knees bent, feet flat on the floor and arms resting by their sides.',
  'glute-bridge-2.svg':
    'Lying on the mat with knees bent, the person tightens their tummy and buttocks. Coral glows highlight the stomach and the buttock muscles.',
  'glute-bridge-3.svg':
    'The person lifts their hips off the mat. A dotted coral line runs straight from the shoulders through the hips to the knees, with an arrow pointing up.',
  'glute-bridge-4.svg':
    'The person holds the bridge with hips raised and body in a straight line. A coral glow on the hips and buttocks and a stopwatch mean hold briefly.',
  'glute-bridge-5.svg':
    'The hips lower slowly back towards the mat, with knees still bent. A dotted coral arrow points downwards to show the controlled lowering.',

  'towel-toe-curls-1.svg':
    'A person sits on a chair with bare feet on the floor, next to a small blue towel laid flat. A coral arrow points down to the towel.',
  'towel-toe-curls-2.svg':
    'A close-up of a bare foot from the side, heel on the floor, with the toes resting on the near end of a flat blue towel.',
  'towel-toe-curls-3.svg':
    'A close-up as the toes curl and bunch the blue towel into folds. A coral arrow points back towards the foot, showing the towel being pulled in.',
  'towel-toe-curls-4.svg':
    'The toes stay curled over the bunched towel while the heel stays on the floor. A coral ring, glow and downward arrow mark the heel.',
  'towel-toe-curls-5.svg':
    'The blue towel lies flat again in front of the relaxed foot. A coral arrow points away to show it being spread out, and a circular arrow means repeat.',
};

// ---------------------------------------------------------------- main
function main() {
  const here = dirname(fileURLToPath(import.meta.url));
  const out = join(here, '..', 'exercises');
  mkdirSync(out, { recursive: true });
  const missing = Object.keys(scenes).filter((name) => typeof scenes[name] === 'string' && !ALT[`${name}.svg`]);
  if (missing.length) throw new Error(`no alt text in ALT for: ${missing.map((name) => `${name}.svg`).join(', ')}`);
  let n = 0;
  for (const [name, body] of Object.entries(scenes)) {
    if (typeof body !== 'string') continue;
    const doc = scopeIds(svgDoc(body, 800, 600, DEFS, ALT[`${name}.svg`]), name);
    writeFileSync(join(out, `${name}.svg`), doc);
    n++;
    if (doc.length > 40000) console.warn(`${name}.svg is ${doc.length} bytes`);
  }
  const unused = Object.keys(ALT).filter((file) => typeof scenes[file.replace(/\.svg$/, '')] !== 'string');
  if (unused.length) console.warn(`alt text for pictures that are not drawn: ${unused.join(', ')}`);
  console.log(`wrote ${n} exercise illustrations to ${out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
