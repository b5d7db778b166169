import { randomFillSync } from 'node:crypto';

/** Random bytes fetched in bulk: one system call per 4 KiB instead of one per id. */
const pool = Buffer.alloc(4096);
let poolAt = pool.length;
let lastMs = -1;
let counter = 0;

function randomByte(): number {
  if (poolAt >= pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  return pool[poolAt++] ?? 0;
}

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * A new row or command id: UUIDv7 (RFC 9562). It sorts by creation time and is unique across
 * machines, so rows made offline on two desks never collide when they sync. Within one
 * millisecond a 12-bit counter (method 1 of the RFC) keeps ids from this process strictly
 * increasing; if it overflows, the timestamp is advanced by one millisecond.
 *
 * @example
 * newId(); // '019ab0f4-7c3e-7000-8a1b-3c4d5e6f7a8b'
 */
export function newId(): string {
  let ms = Date.now();
  if (ms > lastMs) {
    lastMs = ms;
    counter = ((randomByte() & 0x07) << 8) | randomByte(); // random start, room to count up
  } else {
    counter += 1;
    if (counter > 0xfff) {
      lastMs += 1;
      counter = 0;
    }
    ms = lastMs;
  }
  const b = new Array<number>(16);
  for (let i = 5; i >= 0; i--) {
    b[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  b[6] = 0x70 | (counter >> 8);
  b[7] = counter & 0xff;
  b[8] = 0x80 | (randomByte() & 0x3f);
  for (let i = 9; i < 16; i++) b[i] = randomByte();
  const h = b.map((x) => HEX[x ?? 0] ?? '00');
  return `${h.slice(0, 4).join('')}-${h.slice(4, 6).join('')}-${h.slice(6, 8).join('')}-${h.slice(8, 10).join('')}-${h.slice(10, 16).join('')}`;
}
