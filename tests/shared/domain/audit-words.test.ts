import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_VERB, AUDIT_ENTITY_LABEL, describeAudit, tanggalPanjang } from '../../../shared/domain/audit-words.js';
import { AUDIT_ENTITY_KINDS } from '../../../shared/entities.js';
import { id as idDict } from '../../../renderer/i18n/id.js';
import { recordsEn } from '../../../renderer/i18n/records-en.js';

const item = (over: Partial<Parameters<typeof describeAudit>[0]>) => ({ entity: 'pegawai', action: 'update', subject: 'Siti Nurjanah', subjectState: 'ok' as const, fields: [], ...over });

describe('audit sentences', () => {
  it('reads the issue\'s examples', () => {
    expect(describeAudit(item({ entity: 'skp', action: 'skp/ajukan', subject: 'Cecep Permana 2026' }))).toBe('SKP Cecep Permana 2026: diajukan');
    expect(describeAudit(item({ fields: [{ field: 'golongan', old: 'III/a', new: 'III/b', kind: 'text' }] }))).toBe('Pegawai Siti Nurjanah: golongan III/a → III/b');
    expect(describeAudit(item({ entity: 'user', action: 'create', subject: 'Andi Baso' }))).toBe('Pengguna Andi Baso dibuat');
  });

  it('joins several fields, words empty values and dates, and names an RHK by its SKP', () => {
    const fields = [
      { field: 'jabatanId', old: 'Analis', new: null, kind: 'text' as const },
      { field: 'tmtSelesai', old: null, new: '2026-12-31', kind: 'date' as const },
    ];
    expect(describeAudit(item({ fields }))).toBe('Pegawai Siti Nurjanah: jabatan Analis → (kosong); TMT selesai (kosong) → 31 Desember 2026');
    expect(describeAudit(item({ entity: 'rhk', action: 'rhk/update', subject: 'Cecep Permana 2026', fields: [{ field: 'teks', old: 'a', new: 'b', kind: 'text' }] }))).toBe(
      'SKP Cecep Permana 2026: RHK diubah (teks a → b)',
    );
    expect(describeAudit(item({ entity: 'skp', action: 'skp/demo', subject: null }))).toBe('SKP demo dimuat');
    expect(describeAudit(item({ action: 'something/new' }))).toBe('Pegawai Siti Nurjanah: diubah');
  });

  it('has a verb for every audit code the app writes, in both languages', () => {
    for (const code of Object.keys(idDict.audit.actions)) {
      expect(AUDIT_ACTION_VERB[code], code).toBeTruthy();
      // English falls back to "changed"; only codes that mean "diubah" may end there.
      if (AUDIT_ACTION_VERB[code] !== 'diubah') expect(recordsEn.audit.words.verb(code), code).not.toBe('changed');
    }
    for (const kind of AUDIT_ENTITY_KINDS) {
      expect(AUDIT_ENTITY_LABEL[kind], kind).toBeTruthy();
      expect(recordsEn.audit.entities[kind], kind).toBeTruthy();
    }
  });

  it('writes dates the Indonesian way', () => {
    expect(tanggalPanjang('2026-01-01')).toBe('1 Januari 2026');
    expect(tanggalPanjang('2025-08-17')).toBe('17 Agustus 2025');
    expect(tanggalPanjang('bukan tanggal')).toBe('bukan tanggal');
    expect(recordsEn.audit.words.date('2026-01-01')).toBe('1 January 2026');
  });
});
