import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNip } from '../../shared/domain/nip.js';
import type { ArgsOf } from '../../shared/contract.js';
import { backends } from '../server/harness.js';
import { ADMIN_NIP, ADMIN_PASSWORD, setUp, signInReady, unwrap, type TestCore } from '../core/helpers.js';
import { BOOTSTRAP_SECRET, makeDesk, startServer, type LoopbackServer } from './loopback.js';

const PASSWORD = 'rahasia-uji-skp';
const NIP = {
  kepala: makeNip({ birthDate: '1975-04-01', tmtCpns: '2000-03', sex: 'L', sequence: 11 }),
  siti: makeNip({ birthDate: '1990-01-01', tmtCpns: '2015-02', sex: 'P', sequence: 12 }),
  operator: makeNip({ birthDate: '1988-06-06', tmtCpns: '2012-01', sex: 'P', sequence: 13 }),
};
const PERIODE = { tahun: 2025, mulai: '2025-01-01', selesai: '2025-12-31' };
const IKI = [{ aspek: 'kuantitas' as const, teks: 'Jumlah laporan', target: { kind: 'kuantitatif' as const, nilai: 12, satuan: 'laporan' } }];

function pegawai(nip: string, nama: string, unitId: string, jabatanId: string): ArgsOf<'pegawai/save'> {
  return { nip, gelarDepan: '', nama, gelarBelakang: '', jenisAsn: 'PNS', golongan: 'III/a', jabatanId, unitId, tmtMulai: null, tmtSelesai: null };
}

/**
 * Cascading across units on two desks: desk A holds the whole instansi (the head of the parent
 * unit writes there), desk B only the child unit, with the atasan chain read-only.
 */
for (const backend of backends()) {
  describe(`SKP on two desks and a server (${backend.name})`, () => {
    let server: LoopbackServer;
    let a: TestCore;
    let b: TestCore;
    let admin = '';
    let kepala = '';
    let siti = '';
    let kepalaRhkId = '';
    let sitiSkpId = '';
    let sitiRhkId = '';
    const ids = { kepalaPegawai: '', sitiPegawai: '' };

    beforeAll(async () => {
      server = await startServer(backend);
      a = await makeDesk();
      b = await makeDesk();
      admin = await setUp(a);
      const root = unwrap(await a.call('org/units', {}, admin))[0];
      if (!root) throw new Error('no root');
      const bidang = unwrap(await a.call('org/unitSave', { parentId: root.id, kode: '01.01', nama: 'Bidang Pembinaan' }, admin));
      const kadis = unwrap(await a.call('org/jabatanSave', { unitId: root.id, kode: 'KADIS', nama: 'Kepala Dinas', jenis: 'jpt_pratama', atasanJabatanId: null, kelas: 14 }, admin));
      const staf = unwrap(await a.call('org/jabatanSave', { unitId: bidang.id, kode: 'ANALIS', nama: 'Analis', jenis: 'pelaksana', atasanJabatanId: kadis.id, kelas: 7 }, admin));
      ids.kepalaPegawai = unwrap(await a.call('pegawai/save', pegawai(NIP.kepala, 'Kepala Dinas', root.id, kadis.id), admin)).id;
      ids.sitiPegawai = unwrap(await a.call('pegawai/save', pegawai(NIP.siti, 'Siti Lestari', bidang.id, staf.id), admin)).id;
      const account = (nip: string, nama: string, unitId: string, roles: ArgsOf<'users/save'>['roles']) => a.call('users/save', { nip, nama, roles, unitId, aktif: true, password: PASSWORD }, admin);
      unwrap(await account(NIP.kepala, 'Kepala Dinas', root.id, ['pegawai']));
      unwrap(await account(NIP.siti, 'Siti Lestari', bidang.id, ['pegawai']));
      unwrap(await account(NIP.operator, 'Operator Bidang', bidang.id, ['operator']));
      unwrap(await a.call('sync/connect', { serverUrl: server.url, nip: ADMIN_NIP, password: ADMIN_PASSWORD, deviceName: 'Meja A', bootstrapSecret: BOOTSTRAP_SECRET }, admin));
      kepala = unwrap(await a.call('auth/signIn', { nip: NIP.kepala, password: PASSWORD }, null)).token;
      // The admin chose the head's password, so its key is provisional: the head picks their own
      // before approving (the server refuses approvals signed with a provisional key).
      unwrap(await a.call('auth/changePassword', { oldPassword: PASSWORD, newPassword: 'kepala-sendiri-1' }, kepala));
      // Siti and the operator, too, replace the password the admin set before they work (here with
      // the same one again, in two steps), so desk B receives their accounts with keys of their own.
      for (const nip of [NIP.siti, NIP.operator]) await signInReady(a, nip, PASSWORD);
    });
    afterAll(async () => {
      await a.close();
      await b.close();
      await server.close();
    });

    it('the head of the parent unit writes an RHK on desk A; it reaches the server', async () => {
      const skp = unwrap(await a.call('skp/create', { pegawaiId: ids.kepalaPegawai, periode: PERIODE, pendekatan: 'kuantitatif' }, kepala));
      const saved = unwrap(await a.call('rhk/save', { skpId: skp.skp.id, jenis: 'utama', teks: 'Meningkatnya mutu pendidikan dasar', intervensiPerjanjianKinerja: 'Sasaran strategis 1', perspektif: null, indikator: IKI }, kepala));
      kepalaRhkId = saved.rhk[0]?.id ?? '';
      const status = unwrap(await a.call('sync/now', {}, kepala));
      expect(status).toMatchObject({ pending: 0, conflicts: 0, lastError: null });
    });

    it('desk B (child unit) receives it read-only and picks it as intervensi offline', async () => {
      unwrap(await b.call('sync/connect', { serverUrl: server.url, nip: NIP.operator, password: PASSWORD, deviceName: 'Meja B' }, null));
      const shadow = await b.core.context.db.selectFrom('serverRow').select(['entity', 'readOnly']).where('id', '=', kepalaRhkId).executeTakeFirst();
      expect(shadow).toEqual({ entity: 'rhk', readOnly: 1 });
      siti = unwrap(await b.call('auth/signIn', { nip: NIP.siti, password: PASSWORD }, null)).token;
      // From here desk B works without the server until the next sync.
      const skp = unwrap(await b.call('skp/create', { pegawaiId: ids.sitiPegawai, periode: PERIODE, pendekatan: 'kuantitatif' }, siti));
      sitiSkpId = skp.skp.id;
      const drafted = unwrap(await b.call('rhk/save', { skpId: sitiSkpId, jenis: 'utama', teks: 'Tersusunnya analisis mutu sekolah', intervensiPerjanjianKinerja: null, perspektif: null, indikator: IKI }, siti));
      sitiRhkId = drafted.rhk[0]?.id ?? '';
      const picker = unwrap(await b.call('skp/atasanRhkOptions', { skpId: sitiSkpId, query: 'mutu', limit: 20 }, siti));
      expect(picker.options.map((o) => o.rhkId)).toEqual([kepalaRhkId]);
      unwrap(await b.call('rhk/link', { id: sitiRhkId, intervensiRhkId: kepalaRhkId, jenisIntervensi: 'langsung' }, siti));
      const status = unwrap(await b.call('sync/now', {}, siti));
      expect(status).toMatchObject({ pending: 0, conflicts: 0, lastError: null });
      const onServer = await server.db.selectFrom('rhk').select('intervensiRhkId').where('id', '=', sitiRhkId).executeTakeFirst();
      expect(onServer?.intervensiRhkId).toBe(kepalaRhkId);
    });

    it('approval on desk A while desk B edits offline ends in a visible conflict with both texts kept', async () => {
      unwrap(await a.call('sync/now', {}, admin));
      // Desk B, offline: Siti rewords her RHK.
      const mine = unwrap(await b.call('skp/get', { id: sitiSkpId }, siti)).rhk.find((r) => r.id === sitiRhkId);
      if (!mine) throw new Error('no rhk');
      unwrap(await b.call('rhk/save', { id: sitiRhkId, skpId: sitiSkpId, baseVersion: mine.rowVersion, jenis: 'utama', teks: 'Tersusunnya analisis mutu sekolah dasar', intervensiPerjanjianKinerja: null, perspektif: null, indikator: IKI }, siti));
      // Desk A: the operator submits Siti's SKP and the head approves it.
      unwrap(await a.call('skp/submit', { id: sitiSkpId }, admin));
      unwrap(await a.call('skp/approve', { id: sitiSkpId, delegasi: null }, kepala));
      expect(unwrap(await a.call('sync/now', {}, kepala))).toMatchObject({ pending: 0, conflicts: 0 });

      const after = unwrap(await b.call('sync/now', {}, siti));
      expect(after.conflicts).toBe(1);
      // The unit's operator settles conflicts on desk B.
      const operator = unwrap(await b.call('auth/signIn', { nip: NIP.operator, password: PASSWORD }, null)).token;
      const [conflict] = unwrap(await b.call('sync/conflicts', {}, operator));
      expect(conflict).toMatchObject({ entity: 'rhk', code: 'ILLEGAL_TRANSITION' });
      expect(conflict?.localPayload).toMatchObject({ teks: 'Tersusunnya analisis mutu sekolah dasar' });
      expect(conflict?.serverPayload).toMatchObject({ teks: 'Tersusunnya analisis mutu sekolah' });
      const onB = unwrap(await b.call('skp/get', { id: sitiSkpId }, siti));
      expect(onB.skp.status).toBe('disetujui');
      expect(onB.rhk.find((r) => r.id === sitiRhkId)?.teks).toBe('Tersusunnya analisis mutu sekolah');
    });
  });
}
