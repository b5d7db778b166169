/**
 * Everything the SKP screen shows, in one call (skp/get and the answer of every SKP edit): header
 * blocks, RHK with the atasan RHK they intervene (the inbox's side-by-side view), perilaku with
 * panduan, history with names, the version chain and what the caller may do now.
 */
import { hasSyncConfig } from '../../sync/sync-settings.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { IntervensiRef, Pegawai, PersonRef, RhkView, SkpDetail, SkpHistoryEntry, SkpVersionInfo } from '../../../../shared/entities.js';
import type { Actor } from '../../auth/actor.js';
import { formatNamaLengkap } from '../../../../shared/domain/nama.js';
import { pangkatName } from '../../../../shared/domain/pangkat.js';
import { isJpt } from '../../../../shared/domain/jabatan.js';
import { BERAKHLAK, normalizePerilaku } from '../../../../shared/domain/skp/berakhlak.js';
import { actsForOwner, actsForPenilai, capacityOf, type SkpCapacity } from '../../../../shared/domain/skp/actor.js';
import { EDITABLE_PARTS, type SkpPart } from '../../../../shared/domain/skp/editable.js';
import { menungguRhkAtasan } from '../../../../shared/domain/skp/rhk-rules.js';
import { versionChains, versionInForce } from '../../../../shared/domain/skp/versions.js';
import { actionsFrom, SKP_TRANSITIONS } from '../../../../shared/domain/skp/workflow.js';
import type { SkpActionType } from '../../../../shared/domain/skp/types.js';
import { findSkpMany, skpOfPegawai, type StoredSkp } from '../../db/repositories/skp-repo.js';
import { findRhkMany, interveningCounts, rhkOfSkp, type StoredRhk } from '../../db/repositories/rhk-repo.js';
import { findUnit } from '../../db/repositories/unit-repo.js';
import { partiesOf, skpActorOf, type SkpOrg } from './access.js';

export function personRef(p: Pegawai, jabatanNama: string): PersonRef {
  return { pegawaiId: p.id, nip: p.nip, namaLengkap: formatNamaLengkap(p), jabatanNama };
}

async function pegawaiByIds(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, Pegawai>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .selectFrom('pegawai')
    .select(['id', 'nip', 'gelarDepan', 'nama', 'gelarBelakang', 'jenisAsn', 'golongan', 'jabatanId', 'unitId', 'tmtMulai', 'tmtSelesai'])
    .where('id', 'in', unique)
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

async function jabatanNames(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('jabatan').select(['id', 'nama']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.nama]));
}

/** The version chain `skp` belongs to, oldest first. */
export async function chainOf(db: Kysely<Database>, skp: StoredSkp['skp']): Promise<StoredSkp[]> {
  const all = await skpOfPegawai(db, skp.pegawaiId, skp.periode.tahun);
  for (const chain of versionChains(all.map((s) => ({ ...s.skp, stored: s }))).values()) {
    if (chain.some((s) => s.id === skp.id)) return chain.map((s) => s.stored);
  }
  return [];
}

export function versionInfos(chain: readonly StoredSkp[]): SkpVersionInfo[] {
  const inForce = versionInForce(chain.map((s) => s.skp));
  return chain.map(({ skp }) => ({
    id: skp.id,
    versi: skp.versi,
    status: skp.status,
    previousVersionId: skp.previousVersionId,
    approvedAt: skp.approvedAt,
    berlaku: inForce?.id === skp.id,
    createdAt: skp.riwayat[0]?.at ?? skp.approvedAt ?? '',
  }));
}

/** Buttons and fields for this caller now: the status table filtered by the caller's side. */
function allowedFor(stored: StoredSkp, c: SkpCapacity, hasPenilai: boolean, newerVersionExists: boolean): SkpDetail['allowed'] {
  // An operator may act for the penilai by naming a delegation in the call; offer the buttons.
  const penilaiSide = actsForPenilai(c) || (c.operator && !c.pemilik && hasPenilai);
  const ownerSide = actsForOwner(c);
  const status = stored.skp.status;
  const actions = actionsFrom(status).filter((a: SkpActionType) => {
    if (a === 'mulaiPerubahan' && newerVersionExists) return false;
    return SKP_TRANSITIONS[a].side === 'pemilik' ? ownerSide : penilaiSide;
  });
  const parts = EDITABLE_PARTS[status];
  // Edits carry no delegation (skp/update has none), so only the penilai in person gets the penilai's fields.
  const editable: SkpPart[] = newerVersionExists ? [] : [...(ownerSide ? parts.pemilik : []), ...(actsForPenilai(c) ? parts.penilai : [])];
  // Penilai-side steps offered to someone who is not the penilai come only through a delegation.
  const needsDelegation = !actsForPenilai(c) && actions.some((a) => SKP_TRANSITIONS[a].side === 'penilai');
  return { actions, editable, needsDelegation };
}

async function intervensiRefs(db: Kysely<Database>, rhk: readonly StoredRhk[]): Promise<Map<string, IntervensiRef>> {
  const targets = await findRhkMany(db, [...new Set(rhk.flatMap((r) => (r.rhk.intervensiRhkId ? [r.rhk.intervensiRhkId] : [])))]);
  if (targets.length === 0) return new Map();
  const skpIds = [...new Set(targets.map((t) => t.rhk.skpId))];
  const owners = await findSkpMany(db, skpIds);
  const newer = new Set(
    (await db.selectFrom('skp').select('previousVersionId').where('previousVersionId', 'in', skpIds).execute()).map((r) => r.previousVersionId),
  );
  const ownerOf = new Map(owners.map((o) => [o.skp.id, o.skp.pegawaiId]));
  const people = await pegawaiByIds(db, owners.map((o) => o.skp.pegawaiId));
  return new Map(
    targets.map(({ rhk: t }) => {
      const p = people.get(ownerOf.get(t.skpId) ?? '');
      return [
        t.id,
        { rhkId: t.id, skpId: t.skpId, jenis: t.jenis, urutan: t.urutan, teks: t.teks, indikator: t.indikator, pemilikNama: p ? formatNamaLengkap(p) : '', versiLama: newer.has(t.skpId) },
      ];
    }),
  );
}

async function history(db: Kysely<Database>, stored: StoredSkp): Promise<SkpHistoryEntry[]> {
  const riwayat = stored.skp.riwayat;
  const userIds = [...new Set(riwayat.map((e) => e.actorUserId))];
  const users = userIds.length ? await db.selectFrom('user').select(['id', 'nama']).where('id', 'in', userIds).execute() : [];
  const userNama = new Map(users.map((u) => [u.id, u.nama]));
  const delegators = await pegawaiByIds(db, riwayat.flatMap((e) => (e.delegasi ? [e.delegasi.penilaiPegawaiId] : [])));
  // A standalone desk's signatures are checked by nobody until it joins a server.
  const connected = await hasSyncConfig(db);
  return riwayat.map((e) => {
    const d = e.delegasi ? delegators.get(e.delegasi.penilaiPegawaiId) : undefined;
    return { ...e, actorNama: userNama.get(e.actorUserId) ?? null, delegasiPenilaiNama: d ? formatNamaLengkap(d) : null, signed: connected && typeof e.commandId === 'string' };
  });
}

/**
 * @example
 * const detail = await buildDetail(db, actor, stored, org);
 * detail.allowed.actions; // ['ajukan'] for the owner of a complete draft
 */
export async function buildDetail(db: Kysely<Database>, actor: Actor, stored: StoredSkp, org: SkpOrg): Promise<SkpDetail> {
  const skp = stored.skp;
  const snap = skp.penilai;
  const [rhk, chain, unit] = await Promise.all([rhkOfSkp(db, [skp.id]), chainOf(db, skp), findUnit(db, skp.unitId)]);
  const people = await pegawaiByIds(db, [skp.pegawaiId, ...(snap ? [snap.penilaiPegawaiId, snap.atasanPenilaiPegawaiId].filter((x): x is string => x !== null) : [])]);
  const names = await jabatanNames(db, snap ? [snap.penilaiJabatanId, snap.atasanPenilaiJabatanId].filter((x): x is string => x !== null) : []);
  const [refs, counts, riwayat] = await Promise.all([intervensiRefs(db, rhk), interveningCounts(db, rhk.map((r) => r.rhk.id)), history(db, stored)]);

  const owner = people.get(skp.pegawaiId);
  const frozen = (pegawaiId: string | null, jabatanId: string | null): PersonRef | null => {
    const p = pegawaiId ? people.get(pegawaiId) : undefined;
    return p ? personRef(p, (jabatanId && names.get(jabatanId)) || '') : null;
  };
  const live = (holders: readonly Pegawai[], jabatanNama: string | undefined): PersonRef | null => {
    const p = holders[0];
    return p ? personRef(p, jabatanNama ?? '') : null;
  };
  const versions = versionInfos(chain);
  const newerVersionExists = chain.some((s) => s.skp.previousVersionId === skp.id);
  const c = capacityOf(skp, skpActorOf(actor), partiesOf(actor, skp, org));

  const rhkViews: RhkView[] = rhk.map(({ rhk: r, rowVersion }) => ({
    ...r,
    menungguRhkAtasan: menungguRhkAtasan(r, org.isPuncak),
    intervensi: r.intervensiRhkId ? (refs.get(r.intervensiRhkId) ?? null) : null,
    diintervensiOleh: counts.get(r.id) ?? 0,
    rowVersion,
  }));
  const perilaku = normalizePerilaku(skp.perilaku);
  return {
    skp,
    rowVersion: stored.rowVersion,
    pegawai: {
      ...(owner ? personRef(owner, org.jabatan?.nama ?? '') : { pegawaiId: skp.pegawaiId, nip: '', namaLengkap: '', jabatanNama: org.jabatan?.nama ?? '' }),
      golongan: owner?.golongan ?? '',
      pangkat: owner ? pangkatName(owner.golongan) : null,
      unitNama: unit?.nama ?? '',
    },
    penilai: snap ? frozen(snap.penilaiPegawaiId, snap.penilaiJabatanId) : live(org.penilaiHolders, org.penilaiJabatan?.nama),
    atasanPenilai: snap ? frozen(snap.atasanPenilaiPegawaiId, snap.atasanPenilaiJabatanId) : live(org.atasanPenilaiHolders, org.atasanPenilaiJabatan?.nama),
    isPuncak: org.isPuncak,
    isJpt: org.jabatan ? isJpt(org.jabatan.jenis) : false,
    rhk: rhkViews,
    perilaku: BERAKHLAK.map((b, i) => ({ nilai: b.kode, nama: b.nama, panduan: b.panduan, ekspektasiKhusus: perilaku[i]?.ekspektasiKhusus ?? '' })),
    riwayat,
    versions,
    allowed: allowedFor(stored, c, org.penilaiHolders.length > 0, newerVersionExists),
  };
}
