/**
 * Canonical JSON: the one byte form of a document's data that the desk and the server hash, so both
 * compute the same hash from the same rows whatever order their fields came in.
 */
import { sha256Hex } from './sha256.js';

/** JSON values only: what a print's data is made of (no undefined, functions or dates). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Keys sorted by code unit, no whitespace; arrays keep their order (it is meaningful: row order).
 * Non-finite numbers are refused rather than written as null, which would hide a bug.
 *
 * @example
 * canonicalJson({ b: 1, a: [true, 'x'] }); // '{"a":[true,"x"],"b":1}'
 */
export function canonicalJson(value: Json): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('canonicalJson: non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] ?? null)}`).join(',')}}`;
}

/**
 * sha-256 (hex) over the UTF-8 canonical JSON.
 *
 * @example
 * canonicalHash({ a: 1 }) === canonicalHash(JSON.parse('{"a":1}')); // true
 */
export function canonicalHash(value: Json): string {
  return sha256Hex(new TextEncoder().encode(canonicalJson(value)));
}
