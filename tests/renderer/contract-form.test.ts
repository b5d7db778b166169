/** The pure parts of the contract-driven forms: errors, limits, the core's issues placed on fields, dates. */
import { describe, expect, it } from 'vitest';
import { argSchemas, PASSWORD_MIN_LENGTH, skpArgSchemas } from '../../shared/contract.js';
import { SKP_RULES } from '../../shared/domain/skp/rules.js';
import { formErrorsOf, hasPath, issueAt, maxLengthOf, minLengthOf, placeServerError } from '../../renderer/lib/contract-form.js';
import { formatDateInput, parseDateInput } from '../../renderer/lib/date-input.js';
import { nilaiForCheck, rhkCheckArgs, rhkDraftFrom, rhkFieldOf } from '../../renderer/features/skp/rhk-draft.js';
import { RHK_LIMITS, rhkFormSchema } from '../../renderer/features/skp/rhk-limits.js';

describe('limits read from the contract', () => {
  it('maxLengthOf / minLengthOf see through optional and nullable', () => {
    expect(maxLengthOf(argSchemas['pegawai/save'].shape.nama)).toBe(120);
    expect(maxLengthOf(argSchemas['pegawai/save'].shape.gelarDepan)).toBe(60);
    expect(maxLengthOf(skpArgSchemas['rhk/save'].shape.intervensiPerjanjianKinerja)).toBe(SKP_RULES.maxTeks);
    expect(maxLengthOf(argSchemas['pegawai/save'].shape.unitId)).toBeUndefined();
    expect(minLengthOf(argSchemas['auth/changePassword'].shape.newPassword)).toBe(PASSWORD_MIN_LENGTH);
    expect(minLengthOf(argSchemas['users/save'].shape.password)).toBe(PASSWORD_MIN_LENGTH);
    expect(RHK_LIMITS).toEqual({ teks: SKP_RULES.maxTeks, pk: SKP_RULES.maxTeks, perspektif: 200, indikatorTeks: SKP_RULES.maxTeks, satuan: 60, targetTeks: SKP_RULES.maxTeks });
  });
});

describe('formErrorsOf', () => {
  const schema = argSchemas['org/unitSave'];
  it('one message per field, from the schema', () => {
    expect(formErrorsOf(schema, { parentId: null, kode: '', nama: 'x'.repeat(201) }, 'id')).toEqual({ kode: 'Wajib diisi', nama: 'Paling banyak 200 karakter' });
    expect(formErrorsOf(schema, { parentId: null, kode: 'K', nama: 'Unit' }, 'id')).toEqual({});
  });
  it('domain issues come first (more specific) and paths map to form fields', () => {
    const extra = [{ path: 'admin.kode', message: 'Kode sudah dipakai' }];
    const errs = formErrorsOf(schema, { parentId: null, kode: '', nama: 'Unit' }, 'en', (p) => p.replace(/^admin\./, ''), extra);
    expect(errs).toEqual({ kode: 'Kode sudah dipakai' });
  });
});

describe('placeServerError', () => {
  const values = { nip: '', nama: 'x', indikator: [{ nilai: '' }] };
  it('puts each issue beside its field and leaves nothing for the alert when all are placed', () => {
    const placed = placeServerError({ code: 'VALIDATION', message: 'Data yang dikirim tidak valid.', issues: [{ path: 'nama', message: 'Wajib diisi' }] }, values);
    expect(placed).toEqual({ fields: { nama: 'Wajib diisi' }, rest: null });
  });
  it('maps contract paths and keeps unknown ones for the alert', () => {
    const placed = placeServerError(
      {
        code: 'VALIDATION',
        message: 'm',
        issues: [
          { path: 'indikator.0.target.nilai', message: 'Tidak boleh kurang dari 0' },
          { path: 'skpId', message: 'Pilih salah satu pilihan yang tersedia' },
        ],
      },
      values,
      rhkFieldOf,
    );
    expect(placed.fields).toEqual({ 'indikator.0.nilai': 'Tidak boleh kurang dari 0' });
    expect(placed.rest?.issues).toEqual([{ path: 'skpId', message: 'Pilih salah satu pilihan yang tersedia' }]);
  });
  it('a one-field refusal without issues (duplicate NIP) goes to that field; others stay whole', () => {
    const whole = (e: { code: string }) => (e.code === 'CONFLICT' ? 'nip' : null);
    expect(placeServerError({ code: 'CONFLICT', message: 'NIP sudah terdaftar' }, values, undefined, whole)).toEqual({ fields: { nip: 'NIP sudah terdaftar' }, rest: null });
    const net = { code: 'INTERNAL' as const, message: 'Terjadi kesalahan internal.' };
    expect(placeServerError(net, values, undefined, whole)).toEqual({ fields: {}, rest: net });
  });
  it('hasPath and issueAt', () => {
    expect(hasPath(values, 'indikator.0.nilai')).toBe(true);
    expect(hasPath(values, 'indikator.1.nilai')).toBe(false);
    expect(issueAt({ code: 'VALIDATION', message: 'm', issues: [{ path: 'periode.mulai', message: 'x' }] }, 'periode.mulai')).toBe('x');
    expect(issueAt(null, 'a')).toBeUndefined();
  });
});

describe('the RHK form checks what the contract checks', () => {
  it('a target in words or below zero gets its own message beside the target field', () => {
    expect(nilaiForCheck('')).toBeUndefined();
    expect(nilaiForCheck('1.250,5')).toBe(1250.5);
    expect(nilaiForCheck('-5')).toBe(-5);
    expect(nilaiForCheck('dua belas')).toBeNaN();
    const base = rhkDraftFrom(null);
    const draft = { ...base, teks: 'x'.repeat(2644), indikator: base.indikator.map((i) => ({ ...i, teks: 'Jumlah', nilai: 'dua belas', satuan: 'dokumen' })) };
    const errs = formErrorsOf(rhkFormSchema, rhkCheckArgs(draft, 'kuantitatif', { isPuncak: false, isJpt: false }), 'id', rhkFieldOf);
    expect(errs).toEqual({ teks: 'Paling banyak 2.000 karakter', 'indikator.0.nilai': 'Harus berupa angka' });
    const neg = { ...draft, teks: 'RHK', indikator: draft.indikator.map((i) => ({ ...i, nilai: '-5' })) };
    expect(formErrorsOf(rhkFormSchema, rhkCheckArgs(neg, 'kuantitatif', { isPuncak: false, isJpt: false }), 'id', rhkFieldOf)).toEqual({ 'indikator.0.nilai': 'Tidak boleh kurang dari 0' });
  });
});

describe('date inputs DD/MM/YYYY', () => {
  it('reads day first whatever the locale, only whole real dates', () => {
    expect(parseDateInput('31/12/2026')).toBe('2026-12-31');
    expect(parseDateInput('1/2/2026')).toBe('2026-02-01');
    expect(parseDateInput('31-12-2026')).toBe('2026-12-31');
    expect(parseDateInput('2026-12-31')).toBe('2026-12-31');
    expect(parseDateInput('12/31/2026')).toBeNull();
    expect(parseDateInput('29/02/2025')).toBeNull();
    expect(parseDateInput('29/02/2024')).toBe('2024-02-29');
    expect(parseDateInput('31/12/2')).toBeNull();
    expect(parseDateInput('')).toBeNull();
  });
  it('shows ISO as DD/MM/YYYY', () => {
    expect(formatDateInput('2026-12-31')).toBe('31/12/2026');
    expect(formatDateInput(null)).toBe('');
  });
});
