import { createHash, randomFillSync } from 'node:crypto';

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

/**
 * The id of a row that exists at most once per key (realisasi and evaluasi per SKP and period,
 * predikat organisasi per unit and year, pengaturan per instansi): the sha-256 of the parts laid
 * out as a UUID version 8 (RFC 9562, variant 10xx). Two desks creating the same row offline get the
 * same id, so their edits meet as a visible conflict instead of two rows for one key. Name the
 * entity first so equal keys of different entities never share an id.
 *
 * @example
 * derivedId('realisasi', skpId, 'TW1'); // '3f1c…-…-8…-[89ab]…-…', the same on every desk
 */
export function derivedId(...parts: readonly (string | number)[]): string {
  // JSON keeps the parts apart: ('a', 'bc') and ('ab', 'c') hash differently.
  const b = createHash('sha256').update(JSON.stringify(parts.map(String))).digest();
  b[6] = 0x80 | ((b[6] ?? 0) & 0x0f);
  b[8] = 0x80 | ((b[8] ?? 0) & 0x3f);
  const h = [...b.subarray(0, 16)].map((x) => HEX[x] ?? '00');
  return `${h.slice(0, 4).join('')}-${h.slice(4, 6).join('')}-${h.slice(6, 8).join('')}-${h.slice(8, 10).join('')}-${h.slice(10, 16).join('')}`;
}
