// Writes the app icons into public/icons/ with Node's built-ins only (zlib does the PNG deflate and
// CRC), so regenerating them needs no image tool: `node scripts/make-icons.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

const OUT = new URL('../public/icons/', import.meta.url);
const BACKGROUND = [0x0b, 0x5c, 0xad];
const FOREGROUND = [0xff, 0xff, 0xff];

// A rising bar chart on a baseline, in units of a 100 × 100 canvas. Everything sits inside the
// central 80 % circle, so the same picture serves as a maskable icon.
const SHAPES = [
  { x: 24, y: 56, w: 12, h: 20 },
  { x: 44, y: 44, w: 12, h: 32 },
  { x: 64, y: 30, w: 12, h: 46 },
  { x: 20, y: 76, w: 60, h: 4 },
];

function insideShape(u, v) {
  return SHAPES.some(
    (shape) => u >= shape.x && u < shape.x + shape.w && v >= shape.y && v < shape.y + shape.h,
  );
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const rowLength = 1 + size * 3;
  const pixels = Buffer.alloc(rowLength * size);
  for (let y = 0; y < size; y += 1) {
    pixels[y * rowLength] = 0; // filter: none
    for (let x = 0; x < size; x += 1) {
      const colour = insideShape((x / size) * 100, (y / size) * 100) ? FOREGROUND : BACKGROUND;
      pixels.set(colour, y * rowLength + 1 + x * 3);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function svg() {
  const hex = (rgb) => `#${rgb.map((part) => part.toString(16).padStart(2, '0')).join('')}`;
  const rects = SHAPES.map(
    (shape) => `<rect x="${shape.x}" y="${shape.y}" width="${shape.w}" height="${shape.h}"/>`,
  ).join('');
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">' +
    `<rect width="100" height="100" rx="16" fill="${hex(BACKGROUND)}"/>` +
    `<g fill="${hex(FOREGROUND)}">${rects}</g></svg>\n`
  );
}

mkdirSync(OUT, { recursive: true });
for (const size of [192, 512]) writeFileSync(new URL(`icon-${size}.png`, OUT), png(size));
writeFileSync(new URL('icon.svg', OUT), svg());
console.log(`Icons written to ${OUT.pathname}`);
