// Builds an animated PNG (APNG) from screenshots taken by the e2e suite: the README's short capture of the
// rejection → notification → fix flow. The frames' compressed image data is reused as is (no decoding), so every
// frame must share the first one's size and pixel format.
import fs from 'node:fs';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

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
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** The chunks of a PNG file, in order. */
function chunksOf(png) {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  const out = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    out.push({ type: png.toString('ascii', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

function frameControl(sequence, width, height, delayMs) {
  const data = Buffer.alloc(26);
  data.writeUInt32BE(sequence, 0);
  data.writeUInt32BE(width, 4);
  data.writeUInt32BE(height, 8);
  // x and y offsets stay 0; delay as a fraction of a second; dispose none, blend source.
  data.writeUInt16BE(Math.round(delayMs / 10), 20);
  data.writeUInt16BE(100, 22);
  return chunk('fcTL', data);
}

/** Writes `frames` ([{ png: Buffer, delayMs }]) to `file` as an endlessly looping animated PNG. */
export function writeAnimatedPng(file, frames) {
  if (frames.length === 0) throw new Error('no frames');
  const parsed = frames.map((f) => chunksOf(f.png));
  const ihdr = parsed[0].find((c) => c.type === 'IHDR').data;
  for (const [i, chunks] of parsed.entries()) {
    if (!chunks.find((c) => c.type === 'IHDR').data.equals(ihdr)) throw new Error(`frame ${i} differs in size or format from the first`);
  }
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const control = Buffer.alloc(8);
  control.writeUInt32BE(frames.length, 0); // number of frames; plays 0 = forever
  const parts = [SIGNATURE, chunk('IHDR', ihdr), chunk('acTL', control)];
  let sequence = 0;
  parsed.forEach((chunks, i) => {
    parts.push(frameControl(sequence++, width, height, frames[i].delayMs));
    for (const { type, data } of chunks.filter((c) => c.type === 'IDAT')) {
      if (i === 0) parts.push(chunk('IDAT', data));
      else {
        const seq = Buffer.alloc(4);
        seq.writeUInt32BE(sequence++, 0);
        parts.push(chunk('fdAT', Buffer.concat([seq, data])));
      }
    }
  });
  parts.push(chunk('IEND', Buffer.alloc(0)));
  fs.writeFileSync(file, Buffer.concat(parts));
}
