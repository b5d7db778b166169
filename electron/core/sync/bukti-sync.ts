/**
 * Evidence files travel beside the rows that name them (issue 10): before a push, the files named
 * by pending realisasi commands that the server lacks are uploaded (the server refuses a realisasi
 * naming a file it does not hold); after a pull, the files named by local realisasi rows that this
 * desk lacks are downloaded and checked against their sha-256 before they are stored. Nothing
 * happens, and nothing is asked of the server, when no realisasi names a file.
 */
import type { CoreContext } from '../context.js';
import { allDocs } from '../db/repositories/evaluasi-doc-repo.js';
import { hasBukti, readBukti, writeVerifiedBukti } from '../files/bukti-store.js';
import { EVALUASI_SYNC_ROWS } from '../../../shared/sync-rows-evaluasi.js';
import type { Realisasi } from '../../../shared/domain/evaluasi/types.js';
import { ServerRefusal, type SyncApiClient } from './api-client.js';

type FileRef = { sha256: string; mime: string };

/** The file bukti a realisasi names, one per content. */
function filesOf(rows: readonly Realisasi[]): FileRef[] {
  const out = new Map<string, FileRef>();
  for (const r of rows) for (const i of r.items) for (const b of i.bukti) if (b.kind === 'file') out.set(b.sha256, { sha256: b.sha256, mime: b.mime });
  return [...out.values()];
}

/** In batches the server takes at once (POST /v1/files/missing). */
function chunks<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/**
 * Uploads the files the pending realisasi commands name and the server lacks. A file this desk
 * does not hold is skipped: the server then refuses that command, which shows as a conflict.
 *
 * @example
 * await uploadPendingBukti(core, api); // before pushAll
 */
export async function uploadPendingBukti(core: Pick<CoreContext, 'db' | 'dataDir'>, api: SyncApiClient): Promise<number> {
  const pending = await core.db.selectFrom('outbox').select('payload').where('status', '=', 'pending').where('command', '=', 'realisasi/upsert').execute();
  const rows = pending.flatMap((p) => {
    const r = EVALUASI_SYNC_ROWS.realisasi.safeParse(JSON.parse(p.payload));
    return r.success ? [r.data] : [];
  });
  const files = filesOf(rows).filter((f) => hasBukti(core.dataDir, f.sha256));
  let sent = 0;
  for (const batch of chunks(files, 500)) {
    const missing = new Set(await api.missingFiles(batch.map((f) => f.sha256)));
    for (const f of batch) {
      if (!missing.has(f.sha256)) continue;
      await api.putFile(f.sha256, f.mime, readBukti(core.dataDir, f.sha256));
      sent += 1;
    }
  }
  return sent;
}

/**
 * Downloads the files local realisasi rows name that this desk lacks. A file the server does not
 * hold (yet) is left for a later round; a file whose bytes do not match its name is refused by
 * the store and never lands.
 *
 * @example
 * await downloadMissingBukti(core, api); // after pullAll
 */
export async function downloadMissingBukti(core: Pick<CoreContext, 'db' | 'dataDir'>, api: SyncApiClient): Promise<number> {
  const files = filesOf(await allDocs(core.db, 'realisasi')).filter((f) => !hasBukti(core.dataDir, f.sha256));
  let got = 0;
  for (const f of files) {
    try {
      writeVerifiedBukti(core.dataDir, f.sha256, await api.getFile(f.sha256));
      got += 1;
    } catch (e) {
      if (e instanceof ServerRefusal && e.status === 404) continue;
      throw e;
    }
  }
  return got;
}
