import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateServer } from '../../server/db/migrate.js';
import type { ServerDb } from '../../server/db/connect.js';
import { seedOrg, type Org } from './fixtures.js';
import { backends } from './harness.js';

/** 0006: an issued print's doc_id becomes text, so an evaluation (`skpId:periode`) fits; SKP prints stay as they were. */
describe.each(backends())('migration 0006-print-doc-id-text on $name', (backend) => {
  let db: ServerDb;
  let close: () => Promise<void>;
  let org: Org;
  const row = (code: string, kind: string, docId: string) => ({ instansiId: org.instansi.id, code, kind, docId, versi: 1, hash: 'a'.repeat(64), data: '{}', printedAt: new Date('2025-03-03T03:00:00Z'), uploadedByDevice: null, createdAt: new Date() });
  beforeAll(async () => {
    ({ db, close } = await backend.open({ migrate: false }));
    await migrateServer(db, '0005-print-registry');
    org = await seedOrg(db);
  });
  afterAll(async () => close());

  it('keeps an SKP print made before it and then takes an evaluation id', async () => {
    const skpId = v7();
    await db.insertInto('printRegistry').values(row('AAAAAAAAAA', 'skp', skpId)).execute();
    await expect(db.insertInto('printRegistry').values(row('BBBBBBBBBB', 'evaluasi', `${skpId}:TW1`)).execute()).rejects.toThrow();
    await migrateServer(db);
    await db.insertInto('printRegistry').values(row('BBBBBBBBBB', 'evaluasi', `${skpId}:TW1`)).execute();
    const rows = await db.selectFrom('printRegistry').select(['code', 'docId']).orderBy('code').execute();
    expect(rows).toEqual([{ code: 'AAAAAAAAAA', docId: skpId }, { code: 'BBBBBBBBBB', docId: `${skpId}:TW1` }]);
  });
});
