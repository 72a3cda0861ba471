// Draws the add-in's icons (a white check mark on the brand green) as PNGs, so assets/ needs no image tool.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Distance from point (px,py) to segment (ax,ay)-(bx,by). */
function dist(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

function icon(size: number): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const w = size * 0.09;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const u = (x + 0.5) / size;
      const v = (y + 0.5) / size;
      const r = 0.18;
      const inside = Math.hypot(Math.max(Math.abs(u - 0.5) - (0.5 - r), 0), Math.max(Math.abs(v - 0.5) - (0.5 - r), 0)) <= r;
      const check = Math.min(dist(u, v, 0.26, 0.52, 0.43, 0.69), dist(u, v, 0.43, 0.69, 0.76, 0.33)) * size < w;
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const [R, G, B] = check ? [255, 255, 255] : [16, 124, 65];
      raw.set([R, G, B, inside ? 255 : 0], o);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of [16, 32, 64, 80, 128]) writeFileSync(`assets/icon-${size}.png`, icon(size));
