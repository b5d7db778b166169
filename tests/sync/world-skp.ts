/**
 * Approved SKP the world starts with (issue 10), so property runs reach the evaluation stage
 * without first going through the whole planning workflow: the head of the instansi plans against
 * the Perjanjian Kinerja, the Bidang 1 head cascades from it and is approved by the head, and the
 * Sub-bidang analyst cascades from the Bidang head and is approved by them — each step made by
 * its own person through the contract, as in an office.
 */
import type { ArgsOf } from '../../shared/contract.js';
import type { Result } from '../../shared/result.js';
import type { Desk } from './desk.js';

const IKI: ArgsOf<'rhk/save'>['indikator'] = [{ aspek: 'kuantitas', teks: 'Jumlah laporan', target: { kind: 'kuantitatif', nilai: 12, satuan: 'laporan' } }];
const PERIODE = { tahun: 2025, mulai: '2025-01-01', selesai: '2025-12-31' };

function ok<T>(r: Result<T> | null, what: string): T {
  if (!r) throw new Error(`world SKP: ${what}: cannot sign in`);
  if (!r.ok) throw new Error(`world SKP: ${what}: ${r.error.message}`);
  return r.value;
}

type Person = { nip: string; pegawaiId: string };

/** A drafted SKP with one UTAMA RHK: linked to the atasan's first RHK, or (for the head) to the Perjanjian Kinerja. */
async function plan(d: Desk, password: string, p: Person, linked: boolean): Promise<string> {
  const skp = ok(await d.callAs(p.nip, password, 'skp/create', { pegawaiId: p.pegawaiId, periode: PERIODE, pendekatan: 'kuantitatif' }), 'create');
  const pk = linked ? null : 'Sasaran strategis instansi';
  const withRhk = ok(
    await d.callAs(p.nip, password, 'rhk/save', { skpId: skp.skp.id, jenis: 'utama', teks: 'Laporan kinerja bidang tersusun', intervensiPerjanjianKinerja: pk, perspektif: null, indikator: IKI }),
    'rhk',
  );
  const rhk = withRhk.rhk[0];
  if (linked && rhk) {
    const options = ok(await d.callAs(p.nip, password, 'skp/atasanRhkOptions', { skpId: skp.skp.id, query: '', limit: 20 }), 'options');
    const target = options.options[0];
    if (!target) throw new Error('world SKP: the atasan has no RHK to cascade from');
    ok(await d.callAs(p.nip, password, 'rhk/link', { id: rhk.id, intervensiRhkId: target.rhkId, jenisIntervensi: 'langsung' }), 'link');
  }
  return skp.skp.id;
}

async function submitAndApprove(d: Desk, password: string, owner: Person, penilai: Person, skpId: string): Promise<void> {
  ok(await d.callAs(owner.nip, password, 'skp/submit', { id: skpId }), 'submit');
  ok(await d.callAs(penilai.nip, password, 'skp/approve', { id: skpId, delegasi: null }), 'approve');
}

/** `head` heads the instansi, `kabid` reports to them, `staf` to `kabid`. */
export async function approvedSkpChain(d: Desk, password: string, head: Person, kabid: Person, staf: Person): Promise<void> {
  await plan(d, password, head, false);
  const kabidSkp = await plan(d, password, kabid, true);
  await submitAndApprove(d, password, kabid, head, kabidSkp);
  const stafSkp = await plan(d, password, staf, true);
  await submitAndApprove(d, password, staf, kabid, stafSkp);
}
