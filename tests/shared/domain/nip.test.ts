import { describe, expect, it } from 'vitest';
import { isRealDate, makeNiPppk, makeNip, normalizeNip, parseNip, type NipErrorCode } from '../../../shared/domain/nip.js';

const codes = (raw: string, jenis: 'PNS' | 'PPPK'): NipErrorCode[] => {
  const r = parseNip(raw, jenis);
  return r.ok ? [] : r.errors.map((e) => e.code);
};

describe('parseNip — valid PNS', () => {
  it.each([
    ['198503122010011003', '1985-03-12', '2010-01', 'L', '003'],
    ['19850312 201001 1 003', '1985-03-12', '2010-01', 'L', '003'],
    ['  19850312\t201001 2 003\n', '1985-03-12', '2010-01', 'P', '003'],
    ['196001011985121999', '1960-01-01', '1985-12', 'L', '999'],
    ['200002292020032001', '2000-02-29', '2020-03', 'P', '001'],
    ['197012312000011001', '1970-12-31', '2000-01', 'L', '001'],
    // TMT in the month of the 18th birthday is allowed (months compared; lenient plausibility check).
    ['199005152008052001', '1990-05-15', '2008-05', 'P', '001'],
    ['199012312009012001', '1990-12-31', '2009-01', 'P', '001'],
  ])('%s', (raw, birthDate, tmtCpns, sex, sequence) => {
    const r = parseNip(raw, 'PNS');
    expect(r).toEqual({ ok: true, value: { nip: normalizeNip(raw), birthDate, tmtCpns, sex, sequence } });
  });
});

describe('parseNip — valid PPPK', () => {
  it.each([
    ['199007012022212015', '1990-07-01', '015'],
    // Digits 13–14 are not a month for PPPK, digit 15 not checked, sequence 000 not checked.
    ['199007012022990000', '1990-07-01', '000'],
    ['19900701 2022 21 2 015', '1990-07-01', '015'],
  ])('%s', (raw, birthDate, sequence) => {
    expect(parseNip(raw, 'PPPK')).toEqual({
      ok: true,
      value: { nip: normalizeNip(raw), birthDate, tmtCpns: null, sex: null, sequence },
    });
  });

  it('still checks the birth date, length and digits', () => {
    expect(codes('199013012022212015', 'PPPK')).toEqual(['NIP_BIRTH_DATE']);
    expect(codes('19900701202221201', 'PPPK')).toEqual(['NIP_LENGTH']);
    expect(codes('1990070120222120x5', 'PPPK')).toEqual(['NIP_DIGITS']);
  });

  it('names NI PPPK in its messages', () => {
    const r = parseNip('123', 'PPPK');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toMatch(/^NI PPPK harus 18 digit/);
  });
});

describe('parseNip — each error code', () => {
  it.each<[string, string, NipErrorCode[]]>([
    ['empty', '', ['NIP_LENGTH']],
    ['17 digits', '19850312201001100', ['NIP_LENGTH']],
    ['19 digits', '1985031220100110030', ['NIP_LENGTH']],
    ['letters, 18 chars', '19850312201001100A', ['NIP_DIGITS']],
    ['letter O for zero', '1985O3122010011003', ['NIP_DIGITS']],
    ['dashes', '19850312-201001-1-003', ['NIP_LENGTH', 'NIP_DIGITS']],
    ['letters and short', 'abc', ['NIP_LENGTH', 'NIP_DIGITS']],
    ['birth month 00', '198500122010011003', ['NIP_BIRTH_DATE']],
    ['birth month 13', '198513122010011003', ['NIP_BIRTH_DATE']],
    ['birth day 00', '198503002010011003', ['NIP_BIRTH_DATE']],
    ['birth day 32', '198501322010011003', ['NIP_BIRTH_DATE']],
    ['31 April', '198504312010011003', ['NIP_BIRTH_DATE']],
    ['29 Feb non-leap', '198502292010011003', ['NIP_BIRTH_DATE']],
    ['29 Feb 1900 (century, not leap)', '190002291925011003', ['NIP_BIRTH_DATE']],
    ['birth year before 1900', '189912312010011003', ['NIP_BIRTH_DATE']],
    ['TMT month 00', '198503122010001003', ['NIP_TMT']],
    ['TMT month 13', '198503122010131003', ['NIP_TMT']],
    ['TMT year 0000', '198503120000011003', ['NIP_TMT']],
    ['TMT before birth', '198503121984121003', ['NIP_TMT']],
    ['TMT one month before the 18th birthday', '198503122003021003', ['NIP_TMT']],
    ['TMT at 17', '199005152007122001', ['NIP_TMT']],
    ['TMT in the birth month', '199005151990052001', ['NIP_TMT']],
    ['sex 0', '198503122010010003', ['NIP_SEX']],
    ['sex 3', '198503122010013003', ['NIP_SEX']],
    ['sex 9', '198503122010019003', ['NIP_SEX']],
    ['sequence 000', '198503122010011000', ['NIP_SEQUENCE']],
  ])('%s', (_label, raw, expected) => {
    expect(codes(raw, 'PNS')).toEqual(expected);
  });

  it('returns every part error at once', () => {
    expect(codes('198513322010130000', 'PNS')).toEqual(['NIP_BIRTH_DATE', 'NIP_TMT', 'NIP_SEX', 'NIP_SEQUENCE']);
  });

  it('skips the TMT age check when the birth date is invalid', () => {
    expect(codes('199913011985011003', 'PNS')).toEqual(['NIP_BIRTH_DATE']);
  });

  it('names both dates when the TMT CPNS is under 18 years after birth', () => {
    expect(parseNip('198503122000031003', 'PNS')).toEqual({
      ok: false,
      errors: [{ code: 'NIP_TMT', message: 'TMT CPNS Maret 2000 kurang dari 18 tahun setelah tanggal lahir 12 Maret 1985.' }],
    });
  });

  it('gives Indonesian messages', () => {
    const r = parseNip('19850312201001100', 'PNS');
    expect(r).toEqual({ ok: false, errors: [{ code: 'NIP_LENGTH', message: 'NIP harus 18 digit angka (tertulis 17 karakter).' }] });
    const all = parseNip('198513322010130000', 'PNS');
    if (all.ok) throw new Error('expected errors');
    for (const e of all.errors) expect(e.message).toMatch(/NIP|TMT|Nomor urut/);
  });
});

describe('leap years', () => {
  it.each([
    [2000, true],
    [2004, true],
    [2024, true],
    [1900, false],
    [2100, false],
    [2023, false],
  ])('29 Feb %i is real: %s', (year, real) => {
    expect(isRealDate(year, 2, 29)).toBe(real);
    const nip = `${year}0229${year === 2100 ? 2100 : Math.min(year + 20, 2100)}011001`;
    expect(codes(nip, 'PNS').includes('NIP_BIRTH_DATE')).toBe(!real);
  });

  it('rejects non-integers and out-of-range parts', () => {
    expect(isRealDate(2000, 1.5, 1)).toBe(false);
    expect(isRealDate(2101, 1, 1)).toBe(false);
    expect(isRealDate(2000, 12, 31)).toBe(true);
  });
});

describe('normalizeNip', () => {
  it('strips every whitespace, including non-breaking spaces', () => {
    expect(normalizeNip(' 19850312 201001\u00a01 003\r\n')).toBe('198503122010011003');
  });
  it('keeps other characters for parseNip to report', () => {
    expect(normalizeNip('1985-03')).toBe('1985-03');
  });
});

describe('makeNip / makeNiPppk', () => {
  it('round-trips through parseNip', () => {
    const nip = makeNip({ birthDate: '1985-03-12', tmtCpns: '2010-01', sex: 'L', sequence: 3 });
    expect(nip).toBe('198503122010011003');
    expect(parseNip(nip, 'PNS')).toEqual({
      ok: true,
      value: { nip, birthDate: '1985-03-12', tmtCpns: '2010-01', sex: 'L', sequence: '003' },
    });
    expect(makeNip({ birthDate: '1990-01-02', tmtCpns: '2015-12', sex: 'P', sequence: 999 })).toBe('199001022015122999');
  });

  it('builds an NI PPPK that parses as PPPK but not as PNS', () => {
    const ni = makeNiPppk({ birthDate: '1990-07-01', tahunPengangkatan: 2022, sex: 'P', sequence: 15 });
    expect(ni).toBe('199007012022212015');
    expect(parseNip(ni, 'PPPK').ok).toBe(true);
    expect(codes(ni, 'PNS')).toEqual(['NIP_TMT']);
  });

  it.each([
    [{ birthDate: '1985-3-12', tmtCpns: '2010-01', sex: 'L' as const, sequence: 1 }],
    [{ birthDate: '1985-03-12', tmtCpns: '201001', sex: 'L' as const, sequence: 1 }],
    [{ birthDate: '1985-03-12', tmtCpns: '2010-01', sex: 'L' as const, sequence: 0 }],
    [{ birthDate: '1985-03-12', tmtCpns: '2010-01', sex: 'L' as const, sequence: 1000 }],
    [{ birthDate: '1985-03-12', tmtCpns: '2010-01', sex: 'L' as const, sequence: 1.5 }],
  ])('throws on malformed parts %#', (parts) => {
    expect(() => makeNip(parts)).toThrow(RangeError);
  });

  it('rejects a non 4-digit appointment year', () => {
    expect(() => makeNiPppk({ birthDate: '1990-07-01', tahunPengangkatan: 22, sex: 'P', sequence: 1 })).toThrow(RangeError);
  });
});
