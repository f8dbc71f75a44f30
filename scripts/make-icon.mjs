#!/usr/bin/env node
// Draws images/icon.png (128×128): a blue shield with a keyhole on a dark rounded square. Deterministic, no
// dependencies: 4×4 supersampling, then a PNG written with node:zlib. Run again only to change the design.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const N = 128;
const SS = 4;

const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t);
const hex = h => [1, 3, 5].map(i => parseInt(h.slice(i, i + 2), 16));
const BG_TOP = hex('#0f2a4a'), BG_BOTTOM = hex('#08182c');
const SHIELD_TOP = hex('#4f95ff'), SHIELD_BOTTOM = hex('#1f5fd6');
const RIM = hex('#9cc4ff');
const WHITE = [255, 255, 255];

function roundedSquare(x, y) {
  // x, y in [0, 1]; corner radius 0.18.
  const r = 0.18;
  const dx = Math.max(r - x, x - (1 - r), 0);
  const dy = Math.max(r - y, y - (1 - r), 0);
  return dx * dx + dy * dy <= r * r;
}

/** Half width of the shield at height y (centred coordinates, y down, top −0.62, tip 0.74); negative = outside. */
function shieldHalfWidth(y) {
  const top = -0.62, shoulder = 0.02, tip = 0.74, w = 0.56;
  if (y < top || y > tip) return -1;
  if (y <= shoulder) {
    // Slightly rounded top corners.
    const r = 0.1;
    if (y < top + r) return w - r + Math.sqrt(Math.max(0, r * r - (top + r - y) ** 2));
    return w;
  }
  const t = (y - shoulder) / (tip - shoulder);
  return w * Math.pow(1 - t * t, 0.75);
}

function insideShield(x, y, inset = 0) {
  const hw = shieldHalfWidth(y + (y < 0 ? inset : -inset));
  return hw > 0 && Math.abs(x) <= hw - inset;
}

function insideKeyhole(x, y) {
  const cy = -0.12, r = 0.15;
  if (x * x + (y - cy) * (y - cy) <= r * r) return true;
  if (y >= cy && y <= 0.36) {
    const t = (y - cy) / (0.36 - cy);
    return Math.abs(x) <= 0.065 + 0.05 * t;
  }
  return false;
}

function sample(px, py) {
  const u = px / N, v = py / N;
  if (!roundedSquare(u, v)) return [0, 0, 0, 0];
  const x = (u - 0.5) * 2, y = (v - 0.5) * 2 + 0.02;
  if (insideShield(x, y)) {
    if (insideKeyhole(x, y)) return [...WHITE, 255];
    if (!insideShield(x, y, 0.045)) return [...RIM, 255];
    return [...mix(SHIELD_TOP, SHIELD_BOTTOM, (y + 0.62) / 1.36), 255];
  }
  return [...mix(BG_TOP, BG_BOTTOM, v), 255];
}

const raw = Buffer.alloc(N * (N * 4 + 1));
for (let py = 0; py < N; py++) {
  raw[py * (N * 4 + 1)] = 0; // filter: none
  for (let px = 0; px < N; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SS; sy++) for (let sx = 0; sx < SS; sx++) {
      const c = sample(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS);
      // Premultiplied accumulation so edges against transparency stay clean.
      r += c[0] * c[3]; g += c[1] * c[3]; b += c[2] * c[3]; a += c[3];
    }
    const o = py * (N * 4 + 1) + 1 + px * 4;
    raw[o] = a ? Math.round(r / a) : 0;
    raw[o + 1] = a ? Math.round(g / a) : 0;
    raw[o + 2] = a ? Math.round(b / a) : 0;
    raw[o + 3] = Math.round(a / (SS * SS));
  }
}

const CRC = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
function crc32(buf) {
  let c = -1;
  for (const byte of buf) c = CRC[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0); ihdr.writeUInt32BE(N, 4);
ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0; // 8-bit RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync(new URL('../images/', import.meta.url), { recursive: true });
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
console.log(`images/icon.png: ${png.length} bytes`);
