/**
 * Sending issued prints (electron/core/sync/print-sync.ts) when some cannot go: batches are packed
 * under the route's body limit, a print over the wire's limit is set aside before sending, a batch
 * the server refuses is retried one print at a time so only the refused print is set aside (with
 * the server's reason, shown as the sync problem line), and a refusal of the device itself keeps
 * every code for the next round. The network is faked; the store is the real one.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordPrint } from '../../../electron/core/db/repositories/print-registry-repo.js';
import { ServerRefusal } from '../../../electron/core/sync/api-client.js';
import { refusedPrintsProblem, uploadIssuedPrints } from '../../../electron/core/sync/print-sync.js';
import { MAX_PRINT_DATA_CHARS, PRINTS_BODY_LIMIT, type IssuedPrintWire } from '../../../shared/print-wire.js';
import { makeCore, type TestCore } from '../helpers.js';

let t: TestCore;
beforeEach(async () => {
  t = await makeCore();
});
afterEach(async () => {
  await t.close();
});

let n = 0;
/** A print whose data is `chars` long (the fake server does not check hashes). */
async function printOf(chars: number): Promise<string> {
  n += 1;
  const code = `C${String(n).padStart(9, '0')}`;
  const head = `{"kind":"peta","pad":"`;
  const data = `${head}${'x'.repeat(Math.max(0, chars - head.length - 2))}"}`;
  await recordPrint(t.core.context.db, { code, kind: 'peta', docId: `unit-${n}`, versi: 1, hash: 'a'.repeat(64), data, settings: '{}', at: `2025-05-02T03:00:${String(n % 60).padStart(2, '0')}.000Z`, byUserId: null });
  return code;
}

/** A fake server that refuses any batch holding one of `refuse` with a 400, as POST /v1/prints does. */
function fakeApi(refuse: ReadonlySet<string>, status = 400) {
  const batches: string[][] = [];
  const bytes: number[] = [];
  return {
    batches,
    bytes,
    uploadPrints: async (prints: IssuedPrintWire[]) => {
      batches.push(prints.map((p) => p.code));
      bytes.push(Buffer.byteLength(JSON.stringify({ prints })));
      const bad = prints.find((p) => refuse.has(p.code));
      if (bad) throw new ServerRefusal(status, status === 400 ? 'VALIDATION' : 'UNAUTHENTICATED', `Kode ${bad.code} tidak cocok dengan data cetakannya.`);
      return { accepted: prints.length };
    },
  };
}

const state = async () =>
  (await t.core.context.db.selectFrom('printRegistry').select(['code', 'uploadedAt', 'uploadRefused']).orderBy('code').execute()).map((r) => ({
    code: r.code,
    sent: r.uploadedAt !== null,
    refused: r.uploadRefused,
  }));

describe('uploadIssuedPrints', () => {
  it('packs large prints under the body limit, sets aside one too large for the wire, and sends the rest', async () => {
    const large = [];
    for (let i = 0; i < 5; i += 1) large.push(await printOf(7_000_000));
    const small = await printOf(2_000);
    const huge = await printOf(MAX_PRINT_DATA_CHARS + 1);
    const api = fakeApi(new Set());
    expect(await uploadIssuedPrints(t.core.context, api)).toBe(6);
    expect(api.batches.flat().sort()).toEqual([...large, small].sort());
    expect(api.batches.length).toBeGreaterThan(1);
    for (const b of api.bytes) expect(b).toBeLessThanOrEqual(PRINTS_BODY_LIMIT);
    const rows = await state();
    expect(rows.filter((r) => r.sent).map((r) => r.code).sort()).toEqual([...large, small].sort());
    expect(rows.find((r) => r.code === huge)?.refused).toMatch(/^Data cetakan C0+\d+-?\w* terlalu besar untuk dikirim ke server \(8\.000\.001 karakter; paling banyak 8\.000\.000\)\.$/);
    expect(await refusedPrintsProblem(t.core.context.db)).toMatch(/^1 kode cetak tidak dapat dikirim ke server, sehingga hanya dapat diverifikasi di meja ini: Data cetakan .* terlalu besar/);
  });

  it('retries a refused batch one by one: only the refused print is set aside, with the server reason, and is not sent again', async () => {
    const codes = [await printOf(500), await printOf(500), await printOf(500)];
    const bad = codes[1] ?? '';
    const api = fakeApi(new Set([bad]));
    expect(await uploadIssuedPrints(t.core.context, api)).toBe(2);
    expect(api.batches[0]).toEqual(codes);
    expect(await state()).toEqual([
      { code: codes[0], sent: true, refused: null },
      { code: bad, sent: false, refused: `Kode ${bad} tidak cocok dengan data cetakannya.` },
      { code: codes[2], sent: true, refused: null },
    ]);
    const again = fakeApi(new Set());
    expect(await uploadIssuedPrints(t.core.context, again)).toBe(0);
    expect(again.batches).toEqual([]);
  });

  it('a refusal of the device itself (401) stops the round and keeps every code for the next one', async () => {
    const codes = [await printOf(500), await printOf(500)];
    await expect(uploadIssuedPrints(t.core.context, fakeApi(new Set(codes), 401))).rejects.toBeInstanceOf(ServerRefusal);
    expect(await state()).toEqual(codes.map((code) => ({ code, sent: false, refused: null })));
    expect(await refusedPrintsProblem(t.core.context.db)).toBeNull();
  });
});
