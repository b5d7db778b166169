import type { PushCommand } from '../../../shared/sync-protocol.js';
import { pegawaiByIdOrNip, pickForWrite, type PegawaiForWrite } from '../../db/repos/pegawai-repo.js';
import type { Db, Stored } from '../../db/repos/types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The (id, NIP) a pegawai/upsert will look up, when its payload names them (validation comes later). */
function pegawaiKey(cmd: PushCommand): { id: string; nip: string } | null {
  const p = cmd.payload;
  if (cmd.name !== 'pegawai/upsert' || typeof p !== 'object' || p === null) return null;
  const id = 'id' in p ? p.id : undefined;
  const nip = 'nip' in p ? p.nip : undefined;
  return typeof id === 'string' && UUID.test(id) && typeof nip === 'string' ? { id, nip } : null;
}

/**
 * Rows the checks of a whole batch will look up, read in one statement instead of one per command
 * (pegawai edits are the bulk of what desks push). Only for checks made before the lock, which all
 * see the same committed state; under the lock each command reads for itself.
 */
export class ReadAhead {
  private constructor(
    private readonly pegawai: readonly Stored<'pegawai'>[],
    private readonly ids: ReadonlySet<string>,
    private readonly nips: ReadonlySet<string>,
  ) {}

  static async of(db: Db, instansiId: string, cmds: readonly PushCommand[]): Promise<ReadAhead> {
    const keys = cmds.flatMap((c) => pegawaiKey(c) ?? []);
    const ids = keys.map((k) => k.id.toLowerCase());
    const nips = keys.map((k) => k.nip);
    return new ReadAhead(keys.length === 0 ? [] : await pegawaiByIdOrNip(db, instansiId, ids, nips), new Set(ids), new Set(nips));
  }

  /** What `findPegawaiForWrite` would answer, or undefined when this pair was not read ahead. */
  pegawaiForWrite(id: string, nip: string): PegawaiForWrite | undefined {
    return this.ids.has(id) && this.nips.has(nip) ? pickForWrite(this.pegawai, id, nip) : undefined;
  }
}
