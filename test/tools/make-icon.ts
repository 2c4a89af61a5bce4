/**
 * Draws assets/icon.png (the toolbar and store icon) without an image editor:
 * a navy rounded square with a white "P" and a blue dock bar. Run once with tsx;
 * the PNG is committed.
 */
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZE = 512;
const pixels = Buffer.alloc(SIZE * (SIZE * 4 + 1));

function inRoundedSquare(x: number, y: number, radius: number): boolean {
  const cx = Math.min(Math.max(x, radius), SIZE - 1 - radius);
  const cy = Math.min(Math.max(y, radius), SIZE - 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function inLetterP(x: number, y: number): boolean {
  const stem = x >= 150 && x < 215 && y >= 110 && y < 410;
  const dx = x - 245;
  const dy = y - 205;
  const ring = dx >= -30 && dx * dx / (110 * 110) + (dy * dy) / (95 * 95) <= 1 && !(dx * dx / (50 * 50) + (dy * dy) / (38 * 38) <= 1);
  return stem || (ring && x >= 150);
}

for (let y = 0; y < SIZE; y++) {
  const row = y * (SIZE * 4 + 1);
  pixels[row] = 0;
  for (let x = 0; x < SIZE; x++) {
    const at = row + 1 + x * 4;
    let rgba: [number, number, number, number] = [0, 0, 0, 0];
    if (inRoundedSquare(x, y, 96)) rgba = [3, 45, 96, 255];
    if (inRoundedSquare(x, y, 96) && x >= 392 && x < 440 && y >= 96 && y < 416) rgba = [27, 150, 255, 255];
    if (inLetterP(x, y)) rgba = [255, 255, 255, 255];
    pixels.set(rgba, at);
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

function crc32(buffer: Buffer): number {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc;
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk("IHDR", header),
  chunk("IDAT", deflateSync(pixels)),
  chunk("IEND", Buffer.alloc(0)),
]);
writeFileSync(new URL("../../assets/icon.png", import.meta.url), png);
