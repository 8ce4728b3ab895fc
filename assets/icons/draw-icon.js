#!/usr/bin/env node
// Draws the app icon from one list of shapes into icon.svg (the source people edit) and a 1024 px
// icon.png (what electron-builder turns into .ico, .icns and the Linux sizes). No image tools needed:
// the PNG is rasterised here with 4x4 supersampling and written with node:zlib.
// Run: node assets/icons/draw-icon.js
import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

const SIZE = 1024;
const SAMPLES = 4;

/** A stack of briefing papers with a highlighted line and a bookmark, on a navy tile. */
const shapes = [
  { kind: 'rect', x: 100, y: 100, w: 824, h: 824, r: 184, fill: '#1f3a5f' },
  { kind: 'rect', x: 336, y: 176, w: 440, h: 600, r: 28, fill: '#9fb4cf' },
  { kind: 'rect', x: 260, y: 236, w: 460, h: 620, r: 28, fill: '#ffffff' },
  { kind: 'rect', x: 318, y: 408, w: 344, h: 60, r: 10, fill: '#ffd54a' },
  { kind: 'rect', x: 332, y: 340, w: 236, h: 28, r: 14, fill: '#6b7c93' },
  { kind: 'rect', x: 332, y: 424, w: 316, h: 28, r: 14, fill: '#6b7c93' },
  { kind: 'rect', x: 332, y: 508, w: 316, h: 28, r: 14, fill: '#6b7c93' },
  { kind: 'rect', x: 332, y: 592, w: 316, h: 28, r: 14, fill: '#6b7c93' },
  { kind: 'rect', x: 332, y: 676, w: 200, h: 28, r: 14, fill: '#6b7c93' },
  { kind: 'polygon', points: [[596, 236], [664, 236], [664, 372], [630, 340], [596, 372]], fill: '#d64545' },
];

function svg() {
  const body = shapes.map((s) =>
    s.kind === 'rect'
      ? `  <rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" rx="${s.r}" fill="${s.fill}"/>`
      : `  <polygon points="${s.points.map((p) => p.join(',')).join(' ')}" fill="${s.fill}"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">\n  <title>Briefing Desk</title>\n${body.join('\n')}\n</svg>\n`;
}

function insideRoundedRect(s, px, py) {
  if (px < s.x || px > s.x + s.w || py < s.y || py > s.y + s.h) return false;
  const cx = Math.min(Math.max(px, s.x + s.r), s.x + s.w - s.r);
  const cy = Math.min(Math.max(py, s.y + s.r), s.y + s.h - s.r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= s.r ** 2;
}

function insidePolygon(points, px, py) {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function bounds(s) {
  if (s.kind === 'rect') return [s.x, s.y, s.x + s.w, s.y + s.h];
  const xs = s.points.map((p) => p[0]);
  const ys = s.points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function rasterise() {
  // Premultiplied RGBA in 0..1, painted shape by shape.
  const canvas = new Float64Array(SIZE * SIZE * 4);
  for (const s of shapes) {
    const colour = [1, 3, 5].map((i) => parseInt(s.fill.slice(i, i + 2), 16) / 255);
    const inside = s.kind === 'rect' ? (x, y) => insideRoundedRect(s, x, y) : (x, y) => insidePolygon(s.points, x, y);
    const [x0, y0, x1, y1] = bounds(s).map((v, i) => (i < 2 ? Math.floor(v) : Math.ceil(v)));
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        let hits = 0;
        for (let sy = 0; sy < SAMPLES; sy++) {
          for (let sx = 0; sx < SAMPLES; sx++) {
            if (inside(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES)) hits++;
          }
        }
        const a = hits / SAMPLES ** 2;
        if (a === 0) continue;
        const at = (y * SIZE + x) * 4;
        for (let c = 0; c < 3; c++) canvas[at + c] = colour[c] * a + canvas[at + c] * (1 - a);
        canvas[at + 3] = a + canvas[at + 3] * (1 - a);
      }
    }
  }
  return canvas;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function png(canvas) {
  // Each row starts with filter type 0 (none), then straight (not premultiplied) RGBA bytes.
  const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const at = (y * SIZE + x) * 4;
      const out = y * (SIZE * 4 + 1) + 1 + x * 4;
      const a = canvas[at + 3];
      for (let c = 0; c < 3; c++) rows[out + c] = a === 0 ? 0 : Math.round((canvas[at + c] / a) * 255);
      rows[out + 3] = Math.round(a * 255);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter set, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

writeFileSync(new URL('icon.svg', import.meta.url), svg());
writeFileSync(new URL('icon.png', import.meta.url), png(rasterise()));
