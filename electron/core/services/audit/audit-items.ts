/**
 * Audit rows → Riwayat items in words: the actor by name, the entity by the name people know it
 * by (a pegawai's full name, "Cecep Permana 2026" for an SKP or its RHK, a unit's or jabatan's
 * name) and changed fields with names instead of ids. A row that is gone is named from the entry's
 * own copy and marked deleted; nothing left to name it by is 'unknown'. Never an id.
 */
import type { Kysely } from 'kysely';
import { formatNamaLengkap } from '../../../../shared/domain/nama.js';
import type { AuditItem } from '../../../../shared/entities.js';
import type { Database } from '../../db/schema.js';
import { auditNames, type AuditRow } from '../../db/repositories/audit-query.js';
import { asRecord, fieldChanges } from '../field-changes.js';

function parse(json: string | null): Record<string, unknown> {
  if (json === null) return {};
  try {
    return asRecord(JSON.parse(json));
  } catch {
    return {};
  }
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const REF_FIELDS = { unit: ['unitId', 'parentId'], jabatan: ['jabatanId', 'atasanJabatanId'] } as const;

/** Entries about a desk-wide job rather than one row ('skp/demo' names the operator's id). */
const NO_SUBJECT = new Set(['skp/demo', 'rhk/demo']);

type Subject = Pick<AuditItem, 'subject' | 'subjectState'>;

/**
 * @example
 * const items = await auditItems(db, (await searchAudit(db, filter, 0, 50)).rows);
 */
export async function auditItems(db: Kysely<Database>, rows: readonly AuditRow[]): Promise<AuditItem[]> {
  const parsed = rows.map((r) => ({ r, before: parse(r.before), after: parse(r.after) }));
  const ids = { pegawai: [] as string[], user: [] as string[], unit: [] as string[], jabatan: [] as string[], skp: [] as string[], template: [] as string[] };
  for (const { r, before, after } of parsed) {
    const own = { ...before, ...after };
    if (r.entity === 'pegawai') ids.pegawai.push(r.entityId);
    if (r.entity === 'user') ids.user.push(r.entityId);
    if (r.entity === 'unit_kerja') ids.unit.push(r.entityId);
    if (r.entity === 'jabatan') ids.jabatan.push(r.entityId);
    if (r.entity === 'skp') ids.skp.push(r.entityId);
    if (r.entity === 'skp_template') ids.template.push(r.entityId);
    const skpId = str(own.skpId);
    if (r.entity === 'rhk' && skpId) ids.skp.push(skpId);
    const pegawaiId = str(own.pegawaiId);
    if ((r.entity === 'skp' || r.entity === 'user') && pegawaiId) ids.pegawai.push(pegawaiId);
    for (const f of REF_FIELDS.unit) for (const v of [str(before[f]), str(after[f])]) if (v) ids.unit.push(v);
    for (const f of REF_FIELDS.jabatan) for (const v of [str(before[f]), str(after[f])]) if (v) ids.jabatan.push(v);
    const jabatanId = str(own.jabatanId);
    if (r.entity === 'skp_template' && jabatanId) ids.jabatan.push(jabatanId);
  }
  const n = await auditNames(db, ids);
  const pegawaiNama = (id: string | null): string | null => {
    const p = id ? n.pegawai.get(id) : undefined;
    return p ? formatNamaLengkap(p) : null;
  };
  const skpName = (pegawaiId: string | null, tahun: unknown): string | null => {
    const nama = pegawaiNama(pegawaiId);
    return nama === null ? null : typeof tahun === 'number' ? `${nama} ${tahun}` : nama;
  };
  const fromCopy = (name: string | null): Subject => (name ? { subject: name, subjectState: 'deleted' } : { subject: null, subjectState: 'unknown' });
  const live = (name: string | null | undefined, copy: string | null): Subject => (name ? { subject: name, subjectState: 'ok' } : fromCopy(copy));

  const subjectOf = (r: AuditRow, own: Record<string, unknown>): Subject => {
    const periodeTahun = asRecord(own.periode).tahun;
    switch (r.entity) {
      case 'pegawai':
        return live(pegawaiNama(r.entityId), str(own.nama) ? formatNamaLengkap({ gelarDepan: str(own.gelarDepan), nama: str(own.nama) ?? '', gelarBelakang: str(own.gelarBelakang) }) : null);
      case 'user':
        return live(n.user.get(r.entityId), str(own.nama));
      case 'unit_kerja':
        return live(n.unit.get(r.entityId), str(own.nama));
      case 'jabatan':
        return live(n.jabatan.get(r.entityId), str(own.nama));
      case 'instansi':
        return live(str(own.nama), null);
      case 'skp': {
        const s = n.skp.get(r.entityId);
        return s ? live(skpName(s.pegawaiId, s.tahun), null) : fromCopy(skpName(str(own.pegawaiId), periodeTahun));
      }
      case 'rhk': {
        const skpId = str(own.skpId);
        const s = skpId ? n.skp.get(skpId) : undefined;
        return s ? live(skpName(s.pegawaiId, s.tahun), null) : { subject: null, subjectState: 'unknown' };
      }
      case 'skp_template': {
        const jabatanId = n.template.get(r.entityId) ?? str(own.jabatanId);
        return live(jabatanId ? n.jabatan.get(jabatanId) : null, null);
      }
      default:
        return { subject: null, subjectState: 'unknown' };
    }
  };
  const names = { unit: (id: string) => n.unit.get(id) ?? null, jabatan: (id: string) => n.jabatan.get(id) ?? null };
  return parsed.map(({ r, before, after }) => {
    const own = { ...before, ...after };
    const subject: Subject = NO_SUBJECT.has(r.action) ? { subject: null, subjectState: 'ok' } : subjectOf(r, own);
    const isUpdate = r.before !== null && r.after !== null;
    return {
      id: r.id,
      at: r.at,
      actorState: r.actorUserId === null ? 'system' : r.actorNama === null ? 'deleted' : 'user',
      actorNama: r.actorNama,
      actorNip: r.actorNip,
      entity: r.entity,
      action: r.action,
      ...subject,
      fields: isUpdate ? fieldChanges(r.entity, before, after, names) : [],
    };
  });
}
