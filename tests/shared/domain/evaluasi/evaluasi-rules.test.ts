import { describe, expect, it } from 'vitest';
import { evaluasiActionsFor, evaluasiStep, umpanBalikWarnings, type EvaluasiInput } from '../../../../shared/domain/evaluasi/evaluasi-rules.js';
import type { Evaluasi, EvaluasiAction } from '../../../../shared/domain/evaluasi/types.js';
import { ACTORS, evaluasi, NOW, PARTIES } from './fixtures.js';

type ActorName = keyof typeof ACTORS;
const ALL = Object.keys(ACTORS) as ActorName[];

const rated = (over: Partial<Evaluasi> = {}): Evaluasi =>
  evaluasi('TW1', { ratingHasilKerja: 'sesuai', ratingPerilaku: 'sesuai', predikat: 'baik', ...over });
const locked = (over: Partial<Evaluasi> = {}): Evaluasi => rated({ terkunci: true, ...over });

describe('who may do what', () => {
  // [action, state, allowed actors, input]; every other actor is refused with FORBIDDEN.
  const CASES: [EvaluasiAction, Evaluasi, ActorName[], EvaluasiInput][] = [
    ['nilai', evaluasi(), ['penilai'], { ratingHasilKerja: 'sesuai' }],
    ['kunci', rated(), ['penilai'], {}],
    ['buka', locked(), ['penilai'], { alasan: 'Salah input rating' }],
    ['terima', locked(), ['pemilik', 'operatorPemilik'], {}],
  ];
  it.each(CASES.flatMap(([action, state, allowed, input]) => ALL.map((name) => [action, name, allowed.includes(name), state, input] as const)))(
    '%s by %s → allowed %s',
    (action, name, allowed, state, input) => {
      const r = evaluasiStep(state, action, ACTORS[name], PARTIES, NOW, input);
      if (allowed) expect(r.ok).toBe(true);
      else expect(r).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    },
  );

  it('the owner is never their own penilai, even if the data lists them', () => {
    const parties = { ...PARTIES, penilaiPegawaiIds: [ACTORS.pemilik.pegawaiId] };
    expect(evaluasiStep(evaluasi(), 'nilai', ACTORS.pemilik, parties, NOW, { ratingHasilKerja: 'di_atas' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('several penilai (Plt. and Plh.) may each act', () => {
    const parties = { ...PARTIES, penilaiPegawaiIds: ['peg-plt', ACTORS.lain.pegawaiId] };
    expect(evaluasiStep(evaluasi(), 'nilai', ACTORS.lain, parties, NOW).ok).toBe(true);
    expect(evaluasiStep(evaluasi(), 'nilai', ACTORS.penilai, parties, NOW)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('state rules', () => {
  it.each<[string, EvaluasiAction, Evaluasi, EvaluasiInput, string]>([
    ['rating a locked period', 'nilai', locked(), { ratingHasilKerja: 'di_atas' }, 'LOCKED'],
    ['locking twice', 'kunci', locked(), {}, 'ILLEGAL_TRANSITION'],
    ['reopening an open one', 'buka', rated(), { alasan: 'x' }, 'ILLEGAL_TRANSITION'],
    ['acknowledging before the lock', 'terima', rated(), {}, 'ILLEGAL_TRANSITION'],
    ['acknowledging twice', 'terima', locked({ diterimaAt: NOW }), {}, 'ILLEGAL_TRANSITION'],
    ['locking without both ratings', 'kunci', evaluasi('TW1', { ratingHasilKerja: 'sesuai' }), {}, 'VALIDATION'],
    ['locking with no rating', 'kunci', evaluasi(), {}, 'VALIDATION'],
    ['reopening without a reason', 'buka', locked(), {}, 'VALIDATION'],
    ['reopening with a blank reason', 'buka', locked(), { alasan: '   ' }, 'VALIDATION'],
    ['a too long umpan balik', 'nilai', evaluasi(), { umpanBalikPerilaku: 'x'.repeat(2001) }, 'VALIDATION'],
  ])('refuses %s', (_, action, state, input, code) => {
    const actor = action === 'terima' ? ACTORS.pemilik : ACTORS.penilai;
    const r = evaluasiStep(state, action, actor, PARTIES, NOW, input);
    expect(r).toMatchObject({ ok: false, code });
    if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
  });
});

describe('nilai', () => {
  it('sets the ratings, recomputes the predikat and appends the event', () => {
    const r = evaluasiStep(evaluasi(), 'nilai', ACTORS.penilai, PARTIES, NOW, {
      ratingHasilKerja: 'di_atas',
      ratingPerilaku: 'di_atas',
      umpanBalikHasilKerja: '  Melampaui target  ',
      umpanBalikPerilaku: 'Sangat kolaboratif',
      catatan: '',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.next).toMatchObject({
      ratingHasilKerja: 'di_atas',
      ratingPerilaku: 'di_atas',
      predikat: 'sangat_baik',
      umpanBalikHasilKerja: 'Melampaui target',
      catatan: null,
      terkunci: false,
    });
    expect(r.event).toEqual({ at: NOW, action: 'nilai', actorUserId: ACTORS.penilai.userId, alasan: null });
    expect(r.next.riwayat).toEqual([r.event]);
    expect(r.warnings).toEqual([]);
  });

  it('leaves fields not given as they are, and clears with null', () => {
    const prev = rated({ umpanBalikHasilKerja: 'Bagus', riwayat: [{ at: 'x', action: 'nilai', actorUserId: 'u', alasan: null }] });
    const r = evaluasiStep(prev, 'nilai', ACTORS.penilai, PARTIES, NOW, { ratingPerilaku: null });
    expect(r.ok && r.next).toMatchObject({ ratingHasilKerja: 'sesuai', ratingPerilaku: null, predikat: null, umpanBalikHasilKerja: 'Bagus' });
    expect(r.ok && r.next.riwayat.length).toBe(2);
  });

  it.each([
    ['di_bawah', 'sesuai', null, null, 1],
    ['sesuai', 'di_atas', null, null, 1],
    ['di_atas', 'di_bawah', null, null, 2],
    ['di_atas', 'di_bawah', 'Catatan HK', 'Catatan PK', 0],
    ['di_atas', 'di_bawah', 'Catatan HK', null, 1],
    ['sesuai', 'sesuai', null, null, 0],
  ] as const)('HK %s, PK %s, umpan balik %s / %s → %d warning(s), never a refusal', (hk, pk, ubHk, ubPk, n) => {
    const r = evaluasiStep(evaluasi(), 'nilai', ACTORS.penilai, PARTIES, NOW, {
      ratingHasilKerja: hk,
      ratingPerilaku: pk,
      umpanBalikHasilKerja: ubHk,
      umpanBalikPerilaku: ubPk,
    });
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings.length).toBe(n);
  });
});

describe('kunci', () => {
  it('locks a rated period and keeps the warnings', () => {
    const r = evaluasiStep(rated({ ratingHasilKerja: 'di_bawah', predikat: 'butuh_perbaikan' }), 'kunci', ACTORS.penilai, PARTIES, NOW);
    expect(r.ok && r.next).toMatchObject({ terkunci: true, predikat: 'butuh_perbaikan' });
    expect(r.ok && r.warnings.length).toBe(1);
    expect(r.ok && r.event).toEqual({ at: NOW, action: 'kunci', actorUserId: ACTORS.penilai.userId, alasan: null });
  });

  it('may carry the last ratings with it', () => {
    const r = evaluasiStep(evaluasi(), 'kunci', ACTORS.penilai, PARTIES, NOW, { ratingHasilKerja: 'sesuai', ratingPerilaku: 'di_bawah' });
    expect(r.ok && r.next).toMatchObject({ terkunci: true, predikat: 'kurang' });
  });

  const annual = (over: Partial<Evaluasi> = {}): Evaluasi =>
    evaluasi('TAHUNAN', { ratingHasilKerja: 'di_atas', ratingPerilaku: 'di_atas', predikat: 'sangat_baik', saranPredikat: 'baik', ...over });

  it.each<[string, Evaluasi, EvaluasiInput, boolean, string | null]>([
    ['annual, differs from the suggestion, no reason', annual(), {}, false, null],
    ['annual, differs, blank reason', annual(), { alasanPredikat: '  ' }, false, null],
    ['annual, differs, with a reason', annual(), { alasanPredikat: 'Prestasi nasional di TW4' }, true, 'Prestasi nasional di TW4'],
    ['annual, reason stored earlier', annual({ alasanPredikat: 'Sudah dijelaskan' }), {}, true, 'Sudah dijelaskan'],
    ['annual, equal to the suggestion', annual({ saranPredikat: 'sangat_baik' }), {}, true, null],
    ['annual, no suggestion (nothing rated)', annual({ saranPredikat: null }), {}, true, null],
    ['annual, suggestion refreshed by the caller to match', annual(), { saranPredikat: 'sangat_baik' }, true, null],
    ['periodic period never needs a reason', rated({ saranPredikat: 'sangat_kurang' }), {}, true, null],
  ])('%s', (_, prev, input, ok, alasan) => {
    const r = evaluasiStep(prev, 'kunci', ACTORS.penilai, PARTIES, NOW, input);
    expect(r.ok).toBe(ok);
    if (r.ok) expect(r.event.alasan).toBe(alasan);
    else expect(r).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('Sangat Baik') });
  });

  it('ignores saranPredikat/alasanPredikat on a periodic evaluation', () => {
    const r = evaluasiStep(rated(), 'nilai', ACTORS.penilai, PARTIES, NOW, { saranPredikat: 'kurang', alasanPredikat: 'x' });
    expect(r.ok && r.next).toMatchObject({ saranPredikat: null, alasanPredikat: null });
  });
});

describe('buka and terima', () => {
  it('reopens with the reason in the history and clears the acknowledgement', () => {
    const r = evaluasiStep(locked({ diterimaAt: NOW }), 'buka', ACTORS.penilai, PARTIES, NOW, { alasan: ' Salah pilih rating ' });
    expect(r.ok && r.next).toMatchObject({ terkunci: false, diterimaAt: null, predikat: 'baik' });
    expect(r.ok && r.event).toEqual({ at: NOW, action: 'buka', actorUserId: ACTORS.penilai.userId, alasan: 'Salah pilih rating' });
  });

  it('the owner acknowledges a locked rating', () => {
    const r = evaluasiStep(locked(), 'terima', ACTORS.pemilik, PARTIES, NOW);
    expect(r.ok && r.next).toMatchObject({ terkunci: true, diterimaAt: NOW });
    expect(r.ok && r.event.action).toBe('terima');
  });

  it('a full round: nilai, kunci, terima, buka, nilai, kunci', () => {
    let e = evaluasi();
    const steps: [EvaluasiAction, keyof typeof ACTORS, EvaluasiInput][] = [
      ['nilai', 'penilai', { ratingHasilKerja: 'sesuai', ratingPerilaku: 'sesuai' }],
      ['kunci', 'penilai', {}],
      ['terima', 'pemilik', {}],
      ['buka', 'penilai', { alasan: 'Koreksi' }],
      ['nilai', 'penilai', { ratingPerilaku: 'di_atas' }],
      ['kunci', 'penilai', {}],
    ];
    for (const [action, who, input] of steps) {
      const r = evaluasiStep(e, action, ACTORS[who], PARTIES, NOW, input);
      expect(r.ok).toBe(true);
      if (r.ok) e = r.next;
    }
    expect(e.riwayat.map((x) => x.action)).toEqual(steps.map(([a]) => a));
    expect(e).toMatchObject({ terkunci: true, diterimaAt: null, predikat: 'baik' });
  });
});

describe('evaluasiActionsFor', () => {
  it.each<[string, Evaluasi, ActorName, EvaluasiAction[]]>([
    ['penilai, open', evaluasi(), 'penilai', ['nilai', 'kunci']],
    ['penilai, locked', locked(), 'penilai', ['buka']],
    ['owner, open', evaluasi(), 'pemilik', []],
    ['owner, locked', locked(), 'pemilik', ['terima']],
    ['owner, acknowledged', locked({ diterimaAt: NOW }), 'pemilik', []],
    ['operator, locked', locked(), 'operator', []],
    ['admin, open', evaluasi(), 'admin', []],
  ])('%s → %j', (_, e, who, actions) => expect(evaluasiActionsFor(e, ACTORS[who], PARTIES)).toEqual(actions));
});

describe('umpanBalikWarnings', () => {
  it('is empty without ratings', () => expect(umpanBalikWarnings(evaluasi())).toEqual([]));
  it('names the rating', () => {
    expect(umpanBalikWarnings(evaluasi('TW1', { ratingHasilKerja: 'di_bawah' }))[0]).toContain('Di Bawah Ekspektasi');
  });
});
