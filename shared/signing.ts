/**
 * What a sync command's signature covers, byte for byte, on the desk (signing) and the server
 * (verifying). Pure: no Node imports, so the renderer and both ends share one definition.
 *
 * The signed text is the canonical JSON (object keys sorted, no whitespace) of the command's id,
 * name, entityId, payload, actorUserId, createdAt and keyVersion. `baseVersion` is left out on
 * purpose: the desk fills it in when the server answers an earlier command, after signing.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function canonicalValue(value: unknown): Json {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('canonical JSON: non-finite number');
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : canonicalValue(v)));
  if (typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    for (const [k, v] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out[k] = canonicalValue(v);
    return out;
  }
  throw new Error(`canonical JSON: unsupported ${typeof value}`);
}

/**
 * JSON with object keys sorted at every depth and `undefined` fields dropped (as JSON.stringify
 * drops them), so the same value always yields the same text whatever order its keys were built in.
 *
 * @example
 * canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] }) // '{"a":[{"c":3,"d":2}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalValue(value));
}

/** The fields of a command a signature covers. */
export type SignedFields = {
  id: string;
  name: string;
  entityId: string;
  payload: unknown;
  actorUserId: string | null;
  createdAt: string;
  keyVersion: number | null;
};

/**
 * The exact text signed for a command. Ids are lower-cased (a desk may send upper case, the
 * server compares as PostgreSQL prints them); everything else is taken as sent.
 */
export function commandSigningText(c: SignedFields): string {
  return canonicalJson({
    v: 1,
    id: c.id.toLowerCase(),
    name: c.name,
    entityId: c.entityId.toLowerCase(),
    payload: c.payload,
    actorUserId: c.actorUserId === null ? null : c.actorUserId.toLowerCase(),
    createdAt: c.createdAt,
    keyVersion: c.keyVersion,
  });
}

/** Additional data bound into a wrapped private key, so a wrapped key cannot be moved to another account or version. */
export function wrappedKeyLabel(userId: string, keyVersion: number): string {
  return `meja-kinerja/signing-key/v1/${userId.toLowerCase()}/${keyVersion}`;
}
