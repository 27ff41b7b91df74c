#!/usr/bin/env node
/**
 * Draws the add-in and ribbon icons as PNG files in assets/ (Node built-ins only: zlib + a small PNG encoder).
 * Usage: node scripts/make-icons.mjs   (the PNGs are committed; run again only after changing a drawing).
 *
 * Icons: icon-<size>.png (the add-in: a house with a relocation arrow), prepare-<size>.png (a table grid),
 * validate-<size>.png (a check mark), clear-<size>.png (an eraser). Sizes 16, 32, 64, 80 (+128 for the add-in).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
const SUBSAMPLES = 6; // 6 × 6 samples per pixel: enough anti-aliasing for flat shapes

// Office green / teal family.
const GREEN = [16, 124, 65]; // #107C41 (Excel)
const DARK_GREEN = [24, 92, 55]; // #185C37
const TEAL = [14, 122, 109]; // #0E7A6D
const LIGHT_TEAL = [160, 218, 200]; // #A0DAC8
const WHITE = [255, 255, 255];

// ---------- PNG encoder (RGBA, 8 bits per channel, filter 0) ----------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); // width
  ihdr.writeUInt32BE(size, 4); // height
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // no interlace
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter type None
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------- Shapes: inside tests in pixel coordinates ----------
const rect =
  (x0, y0, x1, y1, r = 0) =>
  (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const polygon = (points) => (x, y) => {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};
/** A thick polyline with round joins and caps. */
const stroke = (points, width) => (x, y) => {
  const r2 = (width / 2) ** 2;
  for (let i = 0; i + 1 < points.length; i++) {
    const [ax, ay] = points[i];
    const [bx, by] = points[i + 1];
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    if ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= r2) return true;
  }
  return false;
};

/** Renders layers [{ shape, color }] (painted in order, "over" compositing) into an RGBA buffer. */
function render(size, layers) {
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0; // premultiplied accumulation
      for (const { shape, color } of layers) {
        let hits = 0;
        for (let sy = 0; sy < SUBSAMPLES; sy++) {
          for (let sx = 0; sx < SUBSAMPLES; sx++) {
            if (shape(px + (sx + 0.5) / SUBSAMPLES, py + (sy + 0.5) / SUBSAMPLES)) hits++;
          }
        }
        const cover = hits / (SUBSAMPLES * SUBSAMPLES);
        if (cover === 0) continue;
        r = color[0] * cover + r * (1 - cover);
        g = color[1] * cover + g * (1 - cover);
        b = color[2] * cover + b * (1 - cover);
        a = cover + a * (1 - cover);
      }
      const i = (py * size + px) * 4;
      out[i] = a ? Math.round(r / a) : 0;
      out[i + 1] = a ? Math.round(g / a) : 0;
      out[i + 2] = a ? Math.round(b / a) : 0;
      out[i + 3] = Math.round(a * 255);
    }
  }
  return out;
}

// ---------- Drawings (s = size in px; coordinates scaled from a unit square) ----------
/** Line width: a fraction of the icon, never thinner than `min` pixels so 16 px icons stay legible. */
const lw = (s, fraction, min) => Math.max(min, fraction * s);

/** The add-in: a house with a white arrow (relocation). */
function house(s) {
  const u = (v) => v * s;
  return [
    {
      shape: polygon([
        [u(0.02), u(0.5)],
        [u(0.5), u(0.04)],
        [u(0.98), u(0.5)],
      ]),
      color: DARK_GREEN,
    },
    { shape: rect(u(0.14), u(0.42), u(0.86), u(0.96), u(0.04)), color: GREEN },
    {
      shape: stroke(
        [
          [u(0.28), u(0.7)],
          [u(0.62), u(0.7)],
        ],
        lw(s, 0.11, 1.8),
      ),
      color: WHITE,
    },
    {
      shape: polygon([
        [u(0.55), u(0.5)],
        [u(0.8), u(0.7)],
        [u(0.55), u(0.9)],
      ]),
      color: WHITE,
    },
  ];
}

/** "Préparer le classeur": a table whose header row is filled, with a crisp grid. */
function grid(s) {
  const line = Math.max(1, Math.round(s / 16)); // grid lines on whole pixels
  const x0 = Math.round(s * 0.06);
  const x1 = s - x0;
  const y0 = Math.round(s * 0.12);
  const y1 = s - y0;
  const header = y0 + Math.round((y1 - y0) * 0.3);
  const layers = [
    { shape: rect(x0, y0, x1, y1), color: TEAL },
    { shape: rect(x0 + line, header, x1 - line, y1 - line), color: WHITE },
    { shape: rect(x0 + line, y0 + line, x1 - line, header), color: GREEN },
  ];
  const rowH = (y1 - header) / 2;
  const y = Math.round(header + rowH);
  layers.push({ shape: rect(x0, y, x1, y + line), color: TEAL });
  for (const f of [1 / 3, 2 / 3]) {
    const x = Math.round(x0 + (x1 - x0) * f);
    layers.push({ shape: rect(x, header, x + line, y1), color: TEAL });
  }
  return layers;
}

/** "Valider la saisie": a white check mark on a green disc. */
function check(s) {
  const u = (v) => v * s;
  return [
    { shape: circle(u(0.5), u(0.5), u(0.48)), color: GREEN },
    {
      shape: stroke(
        [
          [u(0.26), u(0.52)],
          [u(0.43), u(0.7)],
          [u(0.75), u(0.33)],
        ],
        lw(s, 0.12, 2),
      ),
      color: WHITE,
    },
  ];
}

/** "Supprimer les repérages": an eraser (dark body, light tip) over a base line. */
function eraser(s) {
  const u = (v) => v * s;
  const c = Math.SQRT1_2;
  // Eraser axis from lower left to upper right, 45°.
  const along = (t, w) => [u(0.17 + t * 0.74 * c + w * c), u(0.76 - t * 0.74 * c + w * c)];
  const hw = 0.15; // half width
  const tip = 0.42; // share of the length that is the light tip
  const body = polygon([along(tip, -hw), along(1, -hw), along(1, hw), along(tip, hw)]);
  const tipShape = polygon([along(0, -hw), along(tip, -hw), along(tip, hw), along(0, hw)]);
  const edge = lw(s, 0.06, 1);
  const outline = [along(0, -hw), along(1, -hw), along(1, hw), along(0, hw), along(0, -hw)];
  const base = Math.max(1, Math.round(s / 16)); // base line on whole pixels
  const baseY = Math.round(s * 0.9);
  return [
    { shape: rect(Math.round(u(0.06)), baseY, Math.round(u(0.94)), baseY + base), color: TEAL },
    { shape: tipShape, color: LIGHT_TEAL },
    { shape: body, color: TEAL },
    { shape: stroke(outline, edge), color: DARK_GREEN },
    { shape: stroke([along(tip, -hw), along(tip, hw)], edge), color: DARK_GREEN },
  ];
}

const ICONS = [
  { name: 'icon', draw: house, sizes: [16, 32, 64, 80, 128] },
  { name: 'prepare', draw: grid, sizes: [16, 32, 64, 80] },
  { name: 'validate', draw: check, sizes: [16, 32, 64, 80] },
  { name: 'clear', draw: eraser, sizes: [16, 32, 64, 80] },
];

mkdirSync(OUT_DIR, { recursive: true });
for (const { name, draw, sizes } of ICONS) {
  for (const size of sizes) {
    const file = join(OUT_DIR, `${name}-${size}.png`);
    writeFileSync(file, encodePng(size, render(size, draw(size))));
    console.log(`écrit : assets/${name}-${size}.png`);
  }
}
