/** The one error map: every limit of the contract in plain words, Indonesian and English. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { argSchemas, skpArgSchemas } from '../../shared/contract.js';
import { formatCount, issuesOfZodError, maxCharsMessage, validationErrorMap, type ValidationLang } from '../../shared/validation/messages.js';

function messages(schema: z.ZodType, value: unknown, lang: ValidationLang = 'id'): string[] {
  const r = schema.safeParse(value, { error: validationErrorMap(lang) });
  return r.success ? [] : r.error.issues.map((i) => i.message);
}

describe('validationErrorMap', () => {
  it('says "Wajib diisi" for anything empty: blank text, a missing field, no choice, no id, no date', () => {
    expect(messages(z.string().trim().min(1), '   ')).toEqual(['Wajib diisi']);
    expect(messages(z.strictObject({ a: z.string() }), {})).toEqual(['Wajib diisi']);
    expect(messages(z.enum(['PNS', 'PPPK']), '')).toEqual(['Wajib diisi']);
    expect(messages(z.uuid(), '')).toEqual(['Wajib diisi']);
    expect(messages(z.uuid(), null)).toEqual(['Wajib diisi']);
    expect(messages(z.iso.date(), '')).toEqual(['Wajib diisi']);
    // Nothing typed into a password with a minimum is "required", not "too short".
    expect(messages(z.string().min(8), '')).toEqual(['Wajib diisi']);
  });

  it('names the limit in Indonesian digits, never zod wording', () => {
    expect(messages(z.string().max(120), 'x'.repeat(121))).toEqual(['Paling banyak 120 karakter']);
    expect(messages(z.string().max(2000), 'x'.repeat(2644))).toEqual(['Paling banyak 2.000 karakter']);
    expect(messages(z.string().min(8), 'pendek')).toEqual(['Paling sedikit 8 karakter']);
    expect(messages(z.number().min(0), -5)).toEqual(['Tidak boleh kurang dari 0']);
    expect(messages(z.int().max(17), 18)).toEqual(['Tidak boleh lebih dari 17']);
    expect(messages(z.array(z.string()).min(1), [])).toEqual(['Paling sedikit 1 butir']);
  });

  it('tells a word from a number and a fraction from a whole number', () => {
    expect(messages(z.number(), Number.NaN)).toEqual(['Harus berupa angka']);
    expect(messages(z.number(), 'dua belas')).toEqual(['Harus berupa angka']);
    expect(messages(z.int(), 1.5)).toEqual(['Harus bilangan bulat']);
  });

  it('says a malformed date in the input format people type', () => {
    expect(messages(z.iso.date(), '12/31/2026')).toEqual(['Tanggal tidak valid (DD/MM/YYYY)']);
    expect(messages(z.iso.date(), '2026-02-30')).toEqual(['Tanggal tidak valid (DD/MM/YYYY)']);
  });

  it('keeps a message written on the schema itself', () => {
    const r = skpArgSchemas['rhk/link'].safeParse({ id: '0190a6e0-1234-7abc-8def-0123456789ab', intervensiRhkId: null, jenisIntervensi: 'langsung' }, { error: validationErrorMap('id') });
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual(['Jenis intervensi diisi tepat bila RHK atasan dipilih.']);
  });

  it('speaks English when asked, with English digit grouping', () => {
    expect(messages(z.string().max(2000), 'x'.repeat(2001), 'en')).toEqual(['At most 2,000 characters']);
    expect(messages(z.string().trim().min(1), '', 'en')).toEqual(['Required']);
    expect(maxCharsMessage(2000, 'id')).toBe('Paling banyak 2.000 karakter');
    expect(formatCount(2644, 'id')).toBe('2.644');
    expect(formatCount(999, 'en')).toBe('999');
  });

  it('flattens issues with dotted paths; a contract payload error names its field', () => {
    const r = argSchemas['pegawai/save'].safeParse(
      { nip: '', gelarDepan: '', nama: 'N'.repeat(121), gelarBelakang: '', jenisAsn: 'PNS', golongan: '', jabatanId: null, unitId: '', tmtMulai: null, tmtSelesai: null },
      { error: validationErrorMap('id') },
    );
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(issuesOfZodError(r.error)).toEqual([
      { path: 'nip', message: 'Wajib diisi' },
      { path: 'nama', message: 'Paling banyak 120 karakter' },
      { path: 'golongan', message: 'Wajib diisi' },
      { path: 'unitId', message: 'Wajib diisi' },
    ]);
  });
});
