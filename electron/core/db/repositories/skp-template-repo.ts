import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { SkpTemplate } from '../../../../shared/domain/skp/template.js';
import { SKP_COMMAND_ENTITY } from '../../../../shared/sync-protocol.js';
import { recordChange, type Trx, type WriteContext } from './changes.js';

const COMMAND = 'skpTemplate/upsert' satisfies keyof typeof SKP_COMMAND_ENTITY;

export type StoredTemplate = { template: SkpTemplate; rowVersion: number };

export async function findTemplateOfJabatan(db: Kysely<Database>, jabatanId: string): Promise<StoredTemplate | undefined> {
  const r = await db.selectFrom('skpTemplate').selectAll().where('jabatanId', '=', jabatanId).executeTakeFirst();
  if (!r) return undefined;
  return {
    template: {
      id: r.id,
      jabatanId: r.jabatanId,
      pendekatan: r.pendekatan as SkpTemplate['pendekatan'],
      rhk: JSON.parse(r.rhk) as SkpTemplate['rhk'],
      lampiran: JSON.parse(r.lampiran) as SkpTemplate['lampiran'],
      updatedAt: r.updatedAt,
    },
    rowVersion: r.rowVersion,
  };
}

/** One template per jabatan: inserts it, or overwrites the jabatan's existing one (same id). */
export async function saveTemplate(trx: Trx, ctx: WriteContext, t: SkpTemplate, existing: StoredTemplate | undefined): Promise<void> {
  const cols = { pendekatan: t.pendekatan, rhk: JSON.stringify(t.rhk), lampiran: JSON.stringify(t.lampiran), updatedAt: t.updatedAt };
  if (existing) {
    await trx.updateTable('skpTemplate').set({ ...cols, rowVersion: existing.rowVersion + 1 }).where('id', '=', t.id).execute();
  } else {
    await trx.insertInto('skpTemplate').values({ ...cols, id: t.id, jabatanId: t.jabatanId, rowVersion: 1, createdAt: ctx.now }).execute();
  }
  await recordChange(trx, ctx, {
    command: COMMAND,
    entity: SKP_COMMAND_ENTITY[COMMAND],
    entityId: t.id,
    action: existing ? 'update' : 'create',
    auditAction: existing ? 'skpTemplate/update' : 'skpTemplate/create',
    before: existing?.template ?? null,
    after: t,
  });
}
