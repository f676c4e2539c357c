// Why: the app icon is generated from code (no binary design tools offline); run `node build/make-icon.mjs` to rewrite build/icon.png.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { Buffer } from "node:buffer";
import { URL } from "node:url";
/* global console */

const SIZE = 256;
const SAMPLES = 4; // 4x4 supersampling for smooth edges.

const TEAL = [15, 118, 110];
const WHITE = [255, 255, 255];
const AMBER = [245, 158, 11];

function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function nearSegment(x, y, ax, ay, bx, by, halfWidth) {
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return (x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= halfWidth * halfWidth;
}

/** Colour at a point, or null for transparent: a teal tile, a white record sheet with lines, an amber tick badge. */
function colourAt(x, y) {
  if ((x - 182) ** 2 + (y - 184) ** 2 <= 34 * 34) {
    const onTick = nearSegment(x, y, 166, 184, 177, 196, 5) || nearSegment(x, y, 177, 196, 199, 170, 5);
    return onTick ? WHITE : AMBER;
  }
  if (inRoundedRect(x, y, 70, 44, 186, 212, 10)) {
    const line = [92, 120, 148, 176].some((ly) => y >= ly && y <= ly + 9);
    return line && x >= 92 && x <= (y > 170 ? 130 : 164) ? TEAL : WHITE;
  }
  if (inRoundedRect(x, y, 8, 8, 248, 248, 44)) return TEAL;
  return null;
}

const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
for (let py = 0; py < SIZE; py++) {
  const row = py * (SIZE * 4 + 1);
  raw[row] = 0; // filter: none
  for (let px = 0; px < SIZE; px++) {
    const sum = [0, 0, 0, 0];
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const c = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
        if (!c) continue;
        sum[0] += c[0];
        sum[1] += c[1];
        sum[2] += c[2];
        sum[3] += 255;
      }
    }
    const covered = sum[3] / 255;
    const o = row + 1 + px * 4;
    raw[o] = covered ? Math.round(sum[0] / covered) : 0;
    raw[o + 1] = covered ? Math.round(sum[1] / covered) : 0;
    raw[o + 2] = covered ? Math.round(sum[2] / covered) : 0;
    raw[o + 3] = Math.round(sum[3] / (SAMPLES * SAMPLES));
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk("IHDR", header),
  chunk("IDAT", deflateSync(raw, { level: 9 })),
  chunk("IEND", Buffer.alloc(0)),
]);
writeFileSync(new URL("./icon.png", import.meta.url), png);
console.log(`build/icon.png: ${SIZE}x${SIZE}, ${png.length} bytes`);
