/**
 * A small unit ready for an appraisal session, made through the contract over the desk's HTTP API
 * (each person in their own cookie jar, as at their own sign-in): a head and a staff member in the
 * top unit, each with an account whose owner chose their own password (so their keys sign), the
 * head's SKP with one RHK and the staff member's SKP cascading from it, submitted and approved by
 * the head. Every step is a signed edit on the desk, so a connected desk pushes them as usual.
 */
import type { APIRequestContext } from '@playwright/test';
import { request } from '@playwright/test';
import type { ArgsOf, Channel, ResultOf } from '../../../shared/contract.js';

export const WORLD_PASSWORD = 'rahasia-sesi-456';
const INITIAL_PASSWORD = 'dari-admin-123';

export type Person = { nip: string; nama: string; pegawaiId: string };
export type AppraisalWorld = { skpId: string; penilai: Person; pegawai: Person };

export type Body<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** One contract call over the desk's HTTP API, answering the body as sent (for expecting a refusal). */
export async function invokeRaw<C extends Channel>(api: APIRequestContext, channel: C, payload: ArgsOf<C>): Promise<Body<ResultOf<C>>> {
  const res = await api.post('/api/invoke', { data: { channel, payload } });
  return (await res.json()) as Body<ResultOf<C>>;
}

/** One contract call that must succeed (a refusal throws, naming the channel). Pass `page.request` to call as the page's user. */
export async function invoke<C extends Channel>(api: APIRequestContext, channel: C, payload: ArgsOf<C>): Promise<ResultOf<C>> {
  const body = await invokeRaw(api, channel, payload);
  if (!body.ok) throw new Error(`${channel}: ${body.error.message}`);
  return body.value;
}

/** `admin` is an API context signed in as the desk's admin. */
export async function buildAppraisalWorld(baseURL: string, admin: APIRequestContext, tahun: number): Promise<AppraisalWorld> {
  const [root] = await invoke(admin, 'org/units', {});
  if (!root) throw new Error('appraisal world: no top unit');
  const jabatan = (kode: string, nama: string, jenis: ArgsOf<'org/jabatanSave'>['jenis'], atasanJabatanId: string | null) =>
    invoke(admin, 'org/jabatanSave', { unitId: root.id, kode, nama, jenis, atasanJabatanId, kelas: 9 });
  const kepala = await jabatan('KABID-EVAL', 'Kepala Bidang Evaluasi', 'administrator', null);
  const analis = await jabatan('ANALIS-EVAL', 'Analis Kinerja', 'pelaksana', kepala.id);
  const person = async (nip: string, nama: string, jabatanId: string): Promise<Person> => {
    const p = await invoke(admin, 'pegawai/save', { nip, gelarDepan: '', nama, gelarBelakang: '', jenisAsn: 'PNS', golongan: 'III/c', jabatanId, unitId: root.id, tmtMulai: null, tmtSelesai: null });
    await invoke(admin, 'users/save', { nip, nama, roles: ['pegawai'], unitId: root.id, aktif: true, password: INITIAL_PASSWORD });
    return { nip: p.nip, nama: p.nama, pegawaiId: p.id };
  };
  const penilai = await person('197505152000121002', 'Budi Santoso', kepala.id);
  const pegawai = await person('199203042015032001', 'Citra Lestari', analis.id);

  const as = async <T>(p: Person, password: string, work: (api: APIRequestContext) => Promise<T>): Promise<T> => {
    const api = await request.newContext({ baseURL });
    try {
      await invoke(api, 'auth/signIn', { nip: p.nip, password });
      return await work(api);
    } finally {
      await api.dispose();
    }
  };
  // First sign-in: each owner replaces the admin's password, so their key is no longer provisional.
  for (const p of [penilai, pegawai]) await as(p, INITIAL_PASSWORD, (api) => invoke(api, 'auth/changePassword', { oldPassword: INITIAL_PASSWORD, newPassword: WORLD_PASSWORD }));

  const periode = { tahun, mulai: `${tahun}-01-01`, selesai: `${tahun}-12-31` };
  const indikator: ArgsOf<'rhk/save'>['indikator'] = [{ aspek: 'kuantitas', teks: 'Jumlah laporan evaluasi', target: { kind: 'kuantitatif', nilai: 12, satuan: 'laporan' } }];
  await as(penilai, WORLD_PASSWORD, async (api) => {
    const skp = await invoke(api, 'skp/create', { pegawaiId: penilai.pegawaiId, periode, pendekatan: 'kuantitatif' });
    await invoke(api, 'rhk/save', { skpId: skp.skp.id, jenis: 'utama', teks: 'Evaluasi kinerja bidang terlaksana', intervensiPerjanjianKinerja: 'Sasaran strategis instansi', perspektif: null, indikator });
  });
  const skpId = await as(pegawai, WORLD_PASSWORD, async (api) => {
    const skp = await invoke(api, 'skp/create', { pegawaiId: pegawai.pegawaiId, periode, pendekatan: 'kuantitatif' });
    const withRhk = await invoke(api, 'rhk/save', { skpId: skp.skp.id, jenis: 'utama', teks: 'Laporan evaluasi kinerja tersusun', intervensiPerjanjianKinerja: null, perspektif: null, indikator });
    const rhk = withRhk.rhk[0];
    const target = (await invoke(api, 'skp/atasanRhkOptions', { skpId: skp.skp.id, query: '', limit: 20 })).options[0];
    if (!rhk || !target) throw new Error('appraisal world: no RHK to cascade from');
    await invoke(api, 'rhk/link', { id: rhk.id, intervensiRhkId: target.rhkId, jenisIntervensi: 'langsung' });
    await invoke(api, 'skp/submit', { id: skp.skp.id });
    return skp.skp.id;
  });
  await as(penilai, WORLD_PASSWORD, (api) => invoke(api, 'skp/approve', { id: skpId, delegasi: null }));
  return { skpId, penilai, pegawai };
}
