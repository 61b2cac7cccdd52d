#!/usr/bin/env node
// Groundwork guide hero illustrations (1600 x 900).
//
//   node sanity/seed/art/tools/heroes.mjs
//
// Writes ../guides/<guide-slug>.svg. Original artwork built from simple
// shapes with the shared palette and figure from figure.mjs. No text, fonts
// or raster images.

import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { C, V, capsule, circle, ellipse, rect, line, glow, DEFS, svgDoc, scopeIds, figure, bigFoot, footPt, footShape } from './figure.mjs';

const { add, sub, mul, norm, lerp, perp, rot, ang } = V;
const W = 1600;
const H = 900;
const r1 = (n) => Math.round(n * 10) / 10;
const G = (x, y, s, inner, extra = '') =>
  `<g transform="translate(${r1(x)} ${r1(y)})${s !== 1 ? ` scale(${s})` : ''}${extra}">${inner}</g>`;
const BONE = '#f8ece1';
const boneAttr = (w = 0.7) => ` stroke="${C.skin}" stroke-width="${w}"`;
const ground = (y, fill = C.ground) => rect(0, y, W, H - y, fill) + rect(0, y - 2, W, 8, C.floor);
const backdrop = (cx, cy, r, fill = C.soft, op = 0.7) => circle([cx, cy], r, fill, op < 1 ? ` opacity="${op}"` : '');
const dotted = (d, color = C.coral, w = 6) =>
  `<path d="${d}" stroke="${color}" stroke-width="${w}" stroke-linecap="round" stroke-dasharray="0.1 16" fill="none"/>`;
const heroes = {};
const HERO_DEFS = DEFS.replace(
  '</defs>',
  `<linearGradient id="fade" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${BONE}" stop-opacity="0"/><stop offset=".6" stop-color="${BONE}"/></linearGradient>` +
    `<linearGradient id="fadeDown" x1="0" y1="0" x2="0" y2="1"><stop offset=".35" stop-color="${BONE}"/><stop offset="1" stop-color="${BONE}" stop-opacity="0"/></linearGradient></defs>`,
);

// ------------------------------------------------ medial foot with bones
function footBones({ arch = 3, sh = 0 } = {}) {
  const jx = 44 - sh;
  const navY = 12.2 - arch * 1.15;
  const b = boneAttr(0.6);
  return (
    capsule([1.5, -70], [1, -9], 4.6, 6.4, 'url(#fade)') +
    ellipse([-7.4, 8], 9, 5.2, -(6 + arch * 2.2), BONE, b) +
    ellipse([2.8, 0.6 + (3 - arch) * 0.45], 8, 5.2, 8 + (3 - arch) * 3, BONE, b) +
    ellipse([12, navY], 3.8, 4.4, 0, BONE, b) +
    ellipse([17.8, navY + 1.6], 3.3, 4, 0, BONE, b) +
    capsule([21.5, navY + 2.6], [jx - 1.8, 10.4], 2.8, 3.1, BONE, b) +
    circle([jx - 1.8, 10.4], 3.8, BONE, b) +
    circle([jx - 3, 13.5], 1.3, BONE, b) +
    capsule([jx + 2.3, 10], [jx + 8.5, 10.2], 2.5, 2.2, BONE, b) +
    capsule([jx + 10.3, 10.4], [jx + 14, 10.8], 2.1, 1.8, BONE, b)
  );
}
const archCurve = (arch, sh = 0) => {
  const jx = 44 - sh;
  const a = arch * 1.33;
  return { jx, a, d: `M-3 15C4 ${15 - a} ${jx - 18} ${15 - a} ${jx - 8} 15` };
};
function footScene({ arch, sh = 0, s = 7.2, floorY = 760, cx = 820, pre = '', post = '', bones = false, over = '' }) {
  const ox = cx - 19.5 * s;
  const oy = floorY - 15 * s;
  const bf = bigFoot({ arch, sh, top: -140 });
  const inner = pre + bf.svg + (bones ? `<g opacity=".8">${footBones({ arch, sh })}</g>` : '') + over;
  const cuffY = 96;
  const cuffX = ox - 22 * s;
  return (
    ground(floorY) +
    ellipse([cx - 10, floorY + 8], 330, 22, 0, '#e2d8c8') +
    G(ox, oy, s, inner) +
    rect(cuffX, 0, 40 * s, cuffY, C.navy) +
    rect(cuffX, cuffY - 22, 40 * s, 22, '#2b4a73') +
    post
  );
}

// flat feet: low arch touching the ground
{
  const { d: typical } = archCurve(3.2);
  heroes['flat-feet'] =
    backdrop(820, 470, 390) +
    footScene({
      arch: 0.25,
      bones: true,
      pre: '',
      over: glow([18, 12.5], 26, 9) + `<path d="${typical}" stroke="${C.navy}" stroke-width="0.7" stroke-dasharray="1.6 1.6" fill="none" opacity=".7"/>`,
    });
}

// high arches: high arch with a gap under it
{
  const { d } = archCurve(7.5);
  heroes['high-arches'] =
    backdrop(820, 470, 390, C.sky, 0.8) +
    footScene({
      arch: 7.5,
      bones: true,
      pre: `<path d="${d}Z" fill="${C.sky}"/>` + `<path d="${d}Z" fill="${C.navy}" opacity=".12"/>`,
      over: glow([-8, 14.5], 12, 6) + glow([40, 14.5], 12, 6),
    });
}

// plantar heel pain: plantar fascia band, heel underside highlighted
{
  const arch = 3;
  const jx = 44;
  const a = arch * 1.33;
  const band = `M-9 13.2C2 ${13.4 - a * 0.75} ${jx - 20} ${13.4 - a * 0.75} ${jx - 2} 13.4L${jx + 6} 13.2`;
  heroes['plantar-heel-pain'] =
    backdrop(820, 470, 390) +
    footScene({
      arch,
      bones: true,
      over:
        `<path d="${band}" stroke="#b97a60" stroke-width="2.9" stroke-linecap="round" fill="none" opacity=".45"/>` +
        `<path d="${band}" stroke="#fdf6ee" stroke-width="2" stroke-linecap="round" fill="none"/>` +
        glow([-6.5, 13.6], 11, 6.5),
    });
}

// ------------------------------------------------ lower leg, side view
function legScene({ muscle = 'calf' }) {
  const s = 5.4;
  const floorY = 846;
  const cx = 840;
  const ox = cx - 19 * s;
  const oy = floorY - 15 * s;
  const bf = bigFoot({ arch: 3, top: -136, calf: 6 });
  // calf muscle (gastrocnemius) and Achilles tendon drawn over the skin
  const gastro =
    'M-16 -136C-23 -124 -28 -112 -25 -96C-22 -84 -16 -72 -12.5 -62C-10 -72 -6 -86 -5 -102C-4 -116 -6 -128 -8 -136Z';
  const tendon = 'M-12.5 -64C-11.5 -44 -10.8 -24 -13 -6';
  const tight = muscle === 'calf';
  const inner =
    bf.svg +
    `<path d="${gastro}" fill="#d99c80" opacity=".28"/>` +
    `<path d="${tendon}" stroke="#f5dccb" stroke-width="3.4" stroke-linecap="round" fill="none"/>` +
    (tight
      ? glow([-18, -100], 14, 36, -6)
      : glow([-16, -100], 14, 34, -6, 0.45) + glow([-12.2, -30], 7, 18, 0))
  ;
  return (
    backdrop(cx - 40, 450, 400, tight ? C.soft : C.sky, 0.75) +
    ground(floorY) +
    ellipse([cx, floorY + 8], 220, 16, 0, '#e2d8c8') +
    G(ox, oy, s, inner) +
    rect(ox - 24 * s, 0, 44 * s, 84, C.navy) +
    rect(ox - 24 * s, 64, 44 * s, 20, '#2b4a73')
  );
}
heroes['achilles-pain-tight-calves'] = legScene({ muscle: 'tendon' });
heroes['tight-calves'] = legScene({ muscle: 'calf' });

// ------------------------------------------------ shin pain: front view
function legFront(hl = false) {
  const skin = C.skin;
  const path =
    'M-95 -160C-100 -80 -92 -30 -88 0C-84 40 -96 100 -92 160C-88 260 -48 380 -40 500C-38 530 -48 560 -56 600' +
    'C-66 640 -82 662 -80 684L86 684C90 662 80 632 68 600C56 570 44 540 42 500C46 380 100 280 98 200C96 120 88 40 90 0C92 -30 100 -80 95 -160Z';
  const toes = [
    [64, 682, 27],
    [22, 690, 19],
    [-10, 693, 17],
    [-38, 692, 15],
    [-62, 688, 13],
  ];
  return (
    `<path d="${path}" fill="${skin}"/>` +
    toes.map(([x, y, r]) => circle([x, y], r, skin)).join('') +
    toes.map(([x, y, r]) => ellipse([x, y - r * 0.35], r * 0.45, r * 0.3, 0, '#f4d6c4')).join('') +
    ellipse([2, -14], 44, 54, 0, C.skinShade, ' opacity=".45"') +
    ellipse([4, 64], 16, 12, 0, C.skinShade, ' opacity=".35"') +
    `<path d="M6 80C14 200 22 330 16 470" stroke="${C.skinShade}" stroke-width="7" stroke-linecap="round" fill="none" opacity=".5"/>` +
    ellipse([38, 522], 14, 18, 0, skin) +
    ellipse([-36, 540], 13, 17, 0, skin) +
    ellipse([36, 522], 8, 11, 0, C.skinShade, ' opacity=".35"') +
    ellipse([-34, 540], 7, 10, 0, C.skinShade, ' opacity=".35"') +
    (hl ? glow([44, 330], 30, 170, -6) + glow([40, 380], 16, 110, -6) : '')
  );
}
{
  const y0 = 150;
  heroes['shin-pain'] =
    backdrop(800, 470, 400, C.sky, 0.75) +
    ground(846) +
    ellipse([800, 848], 330, 18, 0, '#e2d8c8') +
    G(690, y0, 1, legFront(true)) +
    G(910, y0, 1, legFront(false), ' scale(-1 1)') +
    rect(560, 0, 480, y0 - 120, C.navy, 0) +
    rect(580, 0, 200, y0 - 96, C.navy, 26) +
    rect(820, 0, 200, y0 - 96, C.navy, 26);
}

// ------------------------------------------------ front of knee: side view
{
  const k = 3.3;
  const knee = [880, 400];
  const td = V.rot([1, 0], 67);
  const sd = V.rot([1, 0], 104);
  const hip = sub(knee, mul(td, 110 * k));
  const ankle = add(knee, mul(sd, 105 * k));
  const floorY = ankle[1] + 15 * k;
  const front = norm(sub(td, sd));
  const shinFront = mul(perp(sd), -1);
  const skin = C.skin;
  const pat = add(knee, mul(front, 44));
  const patAng = ang(front) + 90;
  const tuber = add(add(knee, mul(sd, 80)), mul(shinFront, 26));
  const b = boneAttr(2);
  const bones =
    capsule(lerp(hip, knee, 0.3), knee, 22, 26, 'url(#fade)') +
    circle(add(knee, mul(front, -4)), 42, BONE, b) +
    capsule(add(knee, mul(sd, 56)), lerp(knee, ankle, 0.62), 34, 26, 'url(#fadeDown)') +
    `<path d="M${P(add(pat, mul(sd, 22)))}L${P(tuber)}" stroke="#f3dccb" stroke-width="16" stroke-linecap="round"/>` +
    ellipse(pat, 19, 30, patAng, BONE, b);
  const calfC = add(lerp(knee, ankle, 0.36), mul(perp(sd), 16));
  heroes['front-of-knee-pain'] =
    backdrop(840, 440, 400, C.soft, 0.7) +
    ground(floorY) +
    ellipse([ankle[0] + 40, floorY + 6], 200, 14, 0, '#e2d8c8') +
    capsule(hip, knee, 19 * k, 14.5 * k, skin) +
    capsule(knee, ankle, 14 * k, 8.5 * k, skin) +
    ellipse(calfC, 105 * k * 0.3, 12.5 * k, ang(sd), skin) +
    G(ankle[0], ankle[1], k, footShapeLocal(skin)) +
    `<g opacity=".8">${bones}</g>` +
    glow(pat, 84, 96, patAng) +
    capsule(hip, add(hip, [-30, -300]), 24 * k, 24 * k, C.navy) +
    capsule(hip, lerp(hip, knee, 0.5), 22 * k, 18.5 * k, C.navy);
}
function footShapeLocal(fill) {
  return footShape([0, 0], 0, 0, fill);
}
function P(p) {
  return `${r1(p[0])} ${r1(p[1])}`;
}

// ------------------------------------------------ knee OA: front view bones + wedged insole
{
  const b = boneAttr(3);
  const silhouette =
    'M470 -10C480 120 520 250 540 360C552 430 540 500 560 560C590 700 600 800 600 910L880 910C880 800 890 700 910 560C925 490 915 430 925 360C945 250 980 120 990 -10Z';
  const femur =
    'M660 -10L660 270C660 310 630 330 600 350C570 370 560 420 572 450C590 482 640 486 690 478C705 475 716 466 726 458' +
    'C736 466 748 476 766 480C820 490 870 480 884 448C896 418 884 372 854 352C824 332 796 310 796 270L796 -10Z';
  const tibia =
    'M576 510C620 500 680 498 726 506C770 496 830 494 876 498C880 520 872 546 852 566C826 590 806 612 800 650L796 910L664 910L660 650C654 612 632 590 604 568C586 552 574 532 576 510Z';
  const fibula = ellipse([604, 590], 26, 30, -10, BONE, b) + capsule([602, 610], [596, 910], 17, 15, BONE, b);
  const patella = ellipse([728, 376], 62, 74, 0, BONE, ` opacity=".45" stroke="${C.navy}" stroke-width="3" stroke-dasharray="8 8"`);
  const latSpace = `<path d="M580 480C620 496 680 500 718 492L726 506C680 498 620 500 576 510Z" fill="${C.soft}"/>`;
  const medial = glow([830, 490], 120, 48) + `<path d="M738 486C780 494 840 494 880 468L878 496C830 494 770 496 734 504Z" fill="${C.coral}" opacity=".8"/>`;
  // small wedged insole: top view plus a cross-section showing the wedge
  const insoleTop =
    'M0 -150C40 -152 62 -120 62 -80C62 -40 50 -10 48 30C46 70 56 100 50 130C44 160 22 174 0 174C-22 174 -40 160 -44 130C-48 100 -38 60 -42 20C-46 -20 -62 -60 -58 -100C-54 -136 -32 -148 0 -150Z';
  const insole =
    G(1270, 380, 1, `<path d="${insoleTop}" fill="${C.soft}" stroke="${C.top}" stroke-width="6"/>` + ellipse([0, 110], 28, 36, 0, '#bfdccf')) +
    `<path d="M1130 690L1410 690L1410 712L1130 744Z" fill="${C.top}"/>` +
    `<path d="M1130 690L1410 690" stroke="${C.soft}" stroke-width="5"/>` +
    dotted('M1270 570L1270 660', C.navy, 5);
  heroes['knee-osteoarthritis-wedged-insoles'] =
    backdrop(740, 450, 420, C.sky, 0.7) +
    `<path d="${silhouette}" fill="${C.skin}" opacity=".55"/>` +
    latSpace +
    `<path d="${femur}" fill="${BONE}"${b}/>` +
    `<path d="${tibia}" fill="${BONE}"${b}/>` +
    fibula +
    medial +
    patella +
    insole;
}

// ------------------------------------------------ ball of foot: sole view
{
  const sole = '#f1cbb2';
  const outline =
    'M800 838C740 838 706 806 702 752C698 690 700 620 690 560C680 500 652 450 650 400C648 360 670 338 706 330' +
    'C760 318 820 316 880 320C920 322 944 340 944 372C944 420 912 470 900 520C890 580 904 650 904 720C904 800 862 838 800 838Z';
  const toes = [
    [902, 262, 46, 64, 8],
    [828, 264, 29, 42, 4],
    [768, 280, 26, 38, 0],
    [716, 304, 23, 33, -8],
    [672, 340, 20, 28, -18],
  ];
  const mets = [
    [[864, 560], [900, 380]],
    [[830, 560], [838, 368]],
    [[800, 566], [780, 372]],
    [[770, 574], [726, 388]],
    [[742, 586], [676, 410]],
  ];
  const b = ` opacity=".55"`;
  heroes['ball-of-foot-pain'] =
    backdrop(800, 470, 400, C.soft, 0.75) +
    toes.map(([x, y, rx, ry, a]) => ellipse([x, y], rx, ry, a, sole)).join('') +
    `<path d="${outline}" fill="${sole}"/>` +
    ellipse([800, 740], 80, 76, 0, C.skin, ' opacity=".55"') +
    ellipse([800, 380], 138, 58, -6, C.skin, ' opacity=".5"') +
    mets.map(([a, c]) => capsule(a, c, 9, 11, BONE, b) + circle(c, 17, BONE, b)).join('') +
    glow([782, 382], 120, 66, -4) +
    toes.map(([x, y, rx, ry, a]) => ellipse([x, y - ry * 0.2], rx * 0.55, ry * 0.45, a, C.skin, ' opacity=".4"')).join('');
}

// ------------------------------------------------ overpronation: feet from behind
function legRear({ evert = 0 }) {
  const skin = C.skin;
  const legP =
    'M-95 -560C-108 -430 -92 -300 -58 -190C-44 -130 -36 -80 -40 -30L40 -30C36 -80 46 -130 62 -190C98 -300 110 -430 98 -560Z';
  const heelP =
    'M-40 -40C-48 20 -62 80 -58 120C-54 160 -28 176 0 176C28 176 54 160 58 120C62 80 48 20 40 -40Z';
  // forefoot seen past the heel; a rolled-in foot shows more of its outer side
  const base = '';
  const dash = ` stroke="${C.navy}" stroke-width="5" stroke-dasharray="14 12" stroke-linecap="round"`;
  const R = 150;
  const e = rot([0, R], evert);
  const wedge = evert
    ? `<path d="M0 0L0 ${R}A${R} ${R} 0 0 1 ${r1(e[0])} ${r1(e[1])}Z" fill="${C.coral}" opacity=".7"/>` +
      `<path d="M0 ${R}A${R} ${R} 0 0 1 ${r1(e[0])} ${r1(e[1])}" stroke="${C.coral}" stroke-width="7" fill="none" stroke-linecap="round"/>`
    : '';
  return (
    base +
    `<path d="${legP}" fill="${skin}"/>` +
    capsule([0, -250], [0, -20], 11, 14, C.skinShade, ' opacity=".3"') +
    `<g transform="rotate(${evert})"><path d="${heelP}" fill="${skin}"/></g>` +
    circle([35 + evert * 0.5, -44 + evert * 0.5], 12 + evert * 0.25, skin) +
    circle([-34, -24], 11, skin) +
    wedge +
    (evert ? `<path d="M0 0L0 ${R}" stroke="${C.navy}" stroke-width="3" stroke-dasharray="4 8" stroke-linecap="round" opacity=".6"/>` : '') +
    `<path d="M0 -330L0 ${evert ? 0 : R}"${dash}/>` +
    (evert ? `<path d="M0 0L${r1(e[0])} ${r1(e[1])}"${dash}/>` : '')
  );
}
{
  const ay = 610;
  heroes['overpronation'] =
    backdrop(800, 450, 420, C.sky, 0.7) +
    ground(790) +
    ellipse([570, 792], 140, 14, 0, '#e2d8c8') +
    ellipse([1030, 792], 140, 14, 0, '#e2d8c8') +
    G(570, ay, 1, legRear({ evert: 0 })) +
    G(1030, ay, 1, legRear({ evert: 14 }), ' scale(-1 1)') +
    rect(430, 0, 740, 54, C.navy);
}

// ------------------------------------------------ find your arch type: three wet prints
function footprint(depth) {
  // LEFT foot print, toes up, big toe on the right (inner side on the right)
  const mx = 58 - depth;
  const d =
    `M0 205C40 205 58 182 58 150C58 ${130 - depth * 0.2} ${mx + 6} 96 ${mx} 46C${mx - 4} 6 74 -20 78 -70` +
    'C80 -120 40 -140 0 -138C-40 -136 -72 -115 -72 -70C-72 -20 -62 60 -58 120C-56 150 -55 185 -30 200C-20 205 -10 205 0 205Z';
  const toes = [
    [60, -186, 24, 31, 8],
    [18, -184, 15, 19, 4],
    [-13, -177, 13.5, 17, 0],
    [-39, -164, 12.5, 15, -8],
    [-60, -145, 11, 13, -18],
  ];
  return (
    `<g fill="${C.navy}" opacity=".78">` +
    `<path d="${d}"/>` +
    toes.map(([x, y, rx, ry, a]) => ellipse([x, y], rx, ry, a, C.navy)).join('') +
    '</g>'
  );
}
{
  let tiles = rect(0, 0, W, H, '#ede5d9');
  for (let x = 0; x <= W; x += 200) tiles += rect(x - 2, 0, 4, H, '#ddd3c3');
  for (let y = 100; y <= H; y += 200) tiles += rect(0, y - 2, W, 4, '#ddd3c3');
  const sheet = (cx, deg, depth) =>
    G(
      cx,
      460,
      1,
      rect(-164, -314, 340, 640, '#d8cebd', 14) +
        rect(-170, -320, 340, 640, C.paper, 14) +
        G(0, 12, 1.25, footprint(depth)),
      ` rotate(${deg})`,
    );
  heroes['find-your-arch-type'] = tiles + sheet(380, -3, 0) + sheet(800, 1.5, 58) + sheet(1220, 3, 104);
}

// ------------------------------------------------ figures
const FS = 1.55;
const placeFig = (body, cx = 800, floorY = 830, figCx = 420) =>
  G(cx - figCx * FS, floorY - 520 * FS, FS, body);
const A0 = 505;

// calf, flat feet and back pain: the foot-to-back chain
{
  const f = figure({
    hip: [420, 296],
    torso: 2,
    far: { ankle: [440, A0] },
    near: { ankle: [412, A0] },
    farArm: { hand: [448, 304], hint: [-1, 0.2] },
    nearArm: { hand: [440, 308], hint: [-1, 0.2] },
  });
  const j = f.j;
  const back = mul(j.fwd, -1);
  const lowBack = add(lerp(j.H, j.S, 0.3), mul(back, 24));
  const calfLeg = j.near;
  const sd = norm(sub(calfLeg.A, calfLeg.K));
  const calf = add(lerp(calfLeg.K, calfLeg.A, 0.36), mul(perp(sd), 12));
  const arch = footPt(calfLeg.A, 0, [14, 14]);
  const link = `M${P(add(arch, [0, -2]))}C${P(add(arch, [-60, -10]))} ${P(add(calf, [-40, 40]))} ${P(calf)}C${P(add(calf, [-30, -60]))} ${P(add(lowBack, [-50, 70]))} ${P(lowBack)}`;
  const body =
    ellipse([425, 522], 90, 8, 0, '#e2d8c8') +
    f.svg +
    glow(lowBack, 44, 52) +
    glow(calf, 22, 40, ang(sd) - 90) +
    glow(arch, 34, 12) +
    dotted(link, C.coral, 5) +
    [arch, calf, lowBack].map((p) => circle(p, 6, C.coral)).join('');
  heroes['calf-flat-feet-back-pain-link'] = backdrop(800, 470, 410, C.soft, 0.7) + ground(830) + placeFig(body);
}

// low back pain and insoles
{
  const shoe = (A) =>
    G(
      A[0],
      A[1],
      1,
      `<path d="M-19 17L58 17C63 17 64 10 59 6C50 1 40 -3 30 -5L12 -13L-9 -13C-17 -9 -20 0 -19 17Z" fill="${C.paper}"/>` +
        rect(-20, 13, 80, 5, C.prop, 2) +
        line([14, -9], [22, -6], C.navy, 2) +
        line([20, -6], [28, -3], C.navy, 2),
    );
  const f = figure({
    hip: [420, 296],
    torso: 3,
    far: { ankle: [444, A0 - 3], extra: (l) => shoe(l.A) },
    near: { ankle: [410, A0 - 3], extra: (l) => shoe(l.A) },
    farArm: { hand: [448, 304], hint: [-1, 0.2] },
    nearArm: { hand: [440, 308], hint: [-1, 0.2] },
  });
  const j = f.j;
  const lowBack = add(lerp(j.H, j.S, 0.3), mul(j.fwd, -24));
  const body = ellipse([425, 522], 90, 8, 0, '#e2d8c8') + f.svg + glow(lowBack, 48, 58);
  // cut-away shoe showing the insole
  const s = 5.2;
  const cut =
    `<path d="M2 36C1 40 4 42 8 42L92 42C99 42 104 38 103 33L2 33Z" fill="${C.propDark}"/>` +
    `<path d="M2 33L103 33C103 30 100 27 94 27L60 27C40 27 20 25 4 22C2 26 2 30 2 33Z" fill="${C.paper}"/>` +
    `<path d="M4 22C3 12 4 4 8 -2L20 -2C24 4 30 6 36 4L60 -6C66 -4 72 0 78 6C88 14 98 20 100 26L94 27L60 27C40 27 20 25 4 22Z" fill="${C.navy}"/>` +
    `<path d="M10 20C9 12 10 6 13 3L20 3C26 9 34 11 40 9L58 2C66 8 76 14 84 19C88 22 90 24 88 25L60 25C40 25 22 23 10 20Z" fill="${C.wall}"/>` +
    `<path d="M10 20C10 15 12 14 15 15.5C20 17.5 26 17.5 32 15.5C38 13.5 44 13.5 50 16.5C60 21 74 22 88 23L88 25L60 25C40 25 22 23 10 20Z" fill="${C.soft}"/>` +
    `<path d="M10 20C10 15 12 14 15 15.5C20 17.5 26 17.5 32 15.5C38 13.5 44 13.5 50 16.5C60 21 74 22 88 23" stroke="${C.top}" stroke-width="1.6" fill="none" stroke-linecap="round"/>` +
    line([38, 6.5], [42, 10], C.paper, 1.4) +
    line([44, 4], [48, 7.5], C.paper, 1.4) +
    line([50, 1.5], [54, 5], C.paper, 1.4);
  heroes['low-back-pain-and-insoles'] =
    backdrop(560, 470, 380, C.soft, 0.7) +
    backdrop(1200, 560, 250, C.sky, 0.8) +
    ground(830) +
    placeFig(body, 560) +
    ellipse([1200, 716], 260, 14, 0, '#c9d8e6') +
    G(1200 - 52 * s, 716 - 42 * s, s, cut);
}

// toe walking (draft guide)
{
  const f = figure({
    hip: [420, 286],
    torso: 6,
    near: { ball: [490, 520], foot: 34 },
    far: { ball: [352, 520], foot: 45, hint: [1, 0.1] },
    nearArm: { hand: [392, 290], hint: [0.3, 1] },
    farArm: { hand: [480, 286], hint: [-0.6, 1] },
  });
  const body =
    ellipse([420, 524], 110, 7, 0, '#e2d8c8') +
    f.svg +
    glow(footPt(f.j.near.A, 34, [34, 14]), 16, 10) +
    glow(footPt(f.j.far.A, 45, [34, 14]), 16, 10);
  heroes['toe-walking'] = backdrop(800, 470, 410, C.sky, 0.75) + ground(830) + placeFig(body);
}

// ---------------------------------------------------------------- alt text
// Alt text for each hero, by output file name. Written into the SVG as
// <title> (see svgDoc in figure.mjs). Describe the body area and what the
// coral highlight marks, in plain British English.
const ALT = {
  'achilles-pain-tight-calves.svg':
    'A lower leg seen from the side, with the Achilles tendon above the heel highlighted in coral and a fainter coral glow on the calf muscle.',
  'ball-of-foot-pain.svg':
    'The sole of a foot seen from below, with the ball of the foot just behind the toes highlighted in coral over the long bones of the forefoot.',
  'calf-flat-feet-back-pain-link.svg':
    'A person standing, seen from the side, with coral highlights on the arch of the foot, the calf and the lower back, joined by a dotted coral line.',
  'find-your-arch-type.svg':
    'Three wet footprints on sheets of paper on a tiled floor: a flat print filling the whole sole, one with a curve at the arch and a narrow one with a deep curve.',
  'flat-feet.svg':
    'The inside of a foot with its bones shown and its arch flattened to the floor, highlighted in coral. A dashed line shows the height of a typical arch.',
  'front-of-knee-pain.svg':
    'A bent leg seen from the side with the knee bones shown, and the kneecap at the front of the knee highlighted in coral.',
  'high-arches.svg':
    'The inside of a foot with its bones shown and a high arch leaving a gap above the floor. Coral highlights the heel and the ball of the foot where it bears weight.',
  'knee-osteoarthritis-wedged-insoles.svg':
    'The bones of a knee joint seen from the front, with the narrowed inner joint space highlighted in coral. Beside it, an insole and its wedge-shaped side profile.',
  'low-back-pain-and-insoles.svg':
    'A person standing, seen from the side, with the lower back highlighted in coral. Beside them, a cut-away trainer shows the insole inside.',
  'overpronation.svg':
    'Two lower legs seen from behind. One heel sits straight under a dashed guide line; the other is tilted, with the angle of the roll shown as a coral wedge.',
  'plantar-heel-pain.svg':
    'The inside of a foot with its bones shown and the plantar fascia band running along the sole. The underside of the heel is highlighted in coral.',
  'shin-pain.svg':
    'Two lower legs seen from the front, with coral highlighting a band along the inner edge of one shinbone.',
  'tight-calves.svg':
    'A lower leg seen from the side, with the calf muscle at the back of the leg highlighted in coral.',
  'toe-walking.svg':
    'A person walking on tiptoe, seen from the side, with both heels raised and coral highlights on the balls of the feet.',
};

// ---------------------------------------------------------------- main
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'guides');
mkdirSync(out, { recursive: true });
const missing = Object.keys(heroes).filter((slug) => !ALT[`${slug}.svg`]);
if (missing.length) throw new Error(`no alt text in ALT for: ${missing.map((slug) => `${slug}.svg`).join(', ')}`);
const unused = Object.keys(ALT).filter((file) => !heroes[file.replace(/\.svg$/, '')]);
if (unused.length) console.warn(`alt text for heroes that are not drawn: ${unused.join(', ')}`);
for (const [slug, body] of Object.entries(heroes)) {
  const doc = scopeIds(svgDoc(body, W, H, HERO_DEFS, ALT[`${slug}.svg`]), slug);
  writeFileSync(join(out, `${slug}.svg`), doc);
  if (doc.length > 40000) console.warn(`${slug}.svg is ${doc.length} bytes`);
}
console.log(`wrote ${Object.keys(heroes).length} guide heroes to ${out}`);
