import { canonicalJson, type Json } from '../../shared/print/canonical.js';
import { petaDocumentData } from '../../shared/print/peta-document.js';
import { unitSubtree } from '../../electron/core/auth/actor.js';
import { today } from '../../electron/core/context.js';
import { listJabatan } from '../../electron/core/db/repositories/jabatan-repo.js';
import { activeHolders } from '../../electron/core/db/repositories/peta-repo.js';
import { listUnits } from '../../electron/core/db/repositories/unit-repo.js';
import { MAX_PETA_PEMANGKU, petaSourceOf } from '../../electron/core/services/print/peta-print-data.js';
import { demoCore } from '../demo-core.js';
import { report } from '../report.js';

/**
 * How large a peta cascading's canonical data is (what a desk uploads with its code, against the
 * wire's limit in shared/print-wire.ts): the 10k demo's top unit as a whole (beyond the print cap,
 * read without it), per holder, at the cap, and the largest sub-unit print/peta actually issues.
 */
export async function runPetaSize(): Promise<void> {
  const { core, token, dispose } = await demoCore(10_000);
  try {
    const db = core.context.db;
    const tahun = Number((await db.selectFrom('skp').select('tahun').limit(1).executeTakeFirstOrThrow()).tahun);
    const units = await listUnits(db);
    const top = units.find((u) => u.parentId === null);
    if (!top) throw new Error('demo tanpa unit puncak');
    const sizeOf = async (unitId: string) => {
      const unit = units.find((u) => u.id === unitId) ?? top;
      const jabatan = await listJabatan(db, { unitIds: [...unitSubtree(units, unitId)] });
      const holders = await activeHolders(db, jabatan.map((j) => j.id), today(core.context));
      const data = petaDocumentData(await petaSourceOf(db, unit, jabatan, holders, tahun));
      return { holders: holders.length, chars: canonicalJson(data as unknown as Json).length };
    };
    const whole = await sizeOf(top.id);
    report('print', 'peta_top_holders', whole.holders, 'pemangku');
    report('print', 'peta_top_data', whole.chars, 'chars');
    report('print', 'peta_data_per_holder', whole.chars / Math.max(1, whole.holders), 'chars');
    report('print', 'peta_data_at_cap', Math.round((whole.chars / Math.max(1, whole.holders)) * MAX_PETA_PEMANGKU), 'chars');
    const r = await core.invoke('print/peta', { unitId: top.id, tahun }, token);
    report('print', 'peta_top_printable', r.ok ? 1 : 0, 'bool');
    // The largest unit print/peta still takes: what a desk really uploads.
    const sized = await Promise.all(units.filter((u) => u.parentId === top.id).map(async (u) => ({ u, ...(await sizeOf(u.id)) })));
    const biggest = sized.filter((s) => s.holders <= MAX_PETA_PEMANGKU).sort((a, b) => b.chars - a.chars)[0];
    if (biggest) {
      report('print', 'peta_biggest_printable_holders', biggest.holders, 'pemangku');
      report('print', 'peta_biggest_printable_data', biggest.chars, 'chars');
    }
  } finally {
    await dispose();
  }
}
