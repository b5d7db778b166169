import { describe, expect, it } from 'vitest';
import { cellDate, cellInt, cellNip, cellText } from '../../../electron/core/services/sheets/cells.js';
import { resolvableKeys } from '../../../electron/core/services/sheets/prune.js';
import { allCycles } from '../../../electron/core/services/sheets/validate-refs.js';
import { Reach } from '../../../electron/core/services/sheets/validate-scope.js';
import { headerKey } from '../../../electron/core/services/sheets/layout.js';

describe('cell readers', () => {
  it('reads text from every cell kind', () => {
    expect(cellText('  Bidang  ')).toEqual({ ok: true, value: 'Bidang' });
    expect(cellText(7)).toEqual({ ok: true, value: '7' });
    expect(cellText(null)).toEqual({ ok: true, value: '' });
    expect(cellText(undefined)).toEqual({ ok: true, value: '' });
    expect(cellText({ error: '#N/A' })).toEqual({ ok: false, message: 'Sel berisi galat rumus #N/A; isi dengan nilai biasa.' });
  });

  it('reads a NIP, refusing one that Excel stored as a number', () => {
    expect(cellNip(' 19850312 201001 1 003 ')).toEqual({ ok: true, value: '198503122010011003' });
    expect(cellNip(12345)).toEqual({ ok: true, value: '12345' });
    expect(cellNip(Number('198503122010011003'))).toMatchObject({ ok: false });
  });

  it('reads dates from date cells, serials and text', () => {
    expect(cellDate(new Date(Date.UTC(2024, 0, 2)))).toEqual({ ok: true, value: '2024-01-02' });
    expect(cellDate(45293)).toEqual({ ok: true, value: '2024-01-02' });
    expect(cellDate('2024-1-2')).toEqual({ ok: true, value: '2024-01-02' });
    expect(cellDate('02/01/2024')).toEqual({ ok: true, value: '2024-01-02' });
    expect(cellDate('02-01-2024')).toEqual({ ok: true, value: '2024-01-02' });
    expect(cellDate('  ')).toEqual({ ok: true, value: null });
    expect(cellDate('2024-02-30')).toMatchObject({ ok: false });
    expect(cellDate('besok')).toMatchObject({ ok: false });
    expect(cellDate(true)).toMatchObject({ ok: false });
  });

  it('reads whole numbers in range', () => {
    expect(cellInt('7', 1, 17, 'x')).toEqual({ ok: true, value: 7 });
    expect(cellInt(null, 1, 17, 'x')).toEqual({ ok: true, value: null });
    expect(cellInt(7.5, 1, 17, 'x')).toEqual({ ok: false, message: 'x' });
    expect(cellInt(18, 1, 17, 'x')).toEqual({ ok: false, message: 'x' });
  });
});

describe('graph helpers', () => {
  it('finds every cycle once, in one pass', () => {
    const parents = new Map<string, string | null>([
      ['a', 'b'],
      ['b', 'a'],
      ['c', 'a'],
      ['d', 'd'],
      ['e', null],
      ['f', 'missing'],
    ]);
    expect(allCycles(parents)).toEqual([['a', 'b'], ['d']]);
  });

  it('handles a 100,000-deep chain without overflowing the stack', () => {
    const parents = new Map<string, string | null>(Array.from({ length: 100_000 }, (_, i) => [`u${i}`, i === 0 ? null : `u${i - 1}`]));
    expect(allCycles(parents)).toEqual([]);
    const nodes = [...parents].map(([key, parent]) => ({ key, parent, selfOk: key !== 'u5' }));
    const ok = resolvableKeys(nodes, () => false);
    expect(ok.size).toBe(5);
  });

  it('keeps rows whose chain reaches the top or the database', () => {
    const ok = resolvableKeys(
      [
        { key: 'new', parent: 'db', selfOk: true },
        { key: 'child', parent: 'broken', selfOk: true },
        { key: 'broken', parent: null, selfOk: false },
        { key: 'viaDbCopy', parent: 'dbWithBadRow', selfOk: true },
        { key: 'dbWithBadRow', parent: null, selfOk: false },
      ],
      (k) => k === 'db' || k === 'dbWithBadRow',
    );
    expect([...ok].sort()).toEqual(['new', 'viaDbCopy']);
  });

  it('knows which new units land in scope', () => {
    const db = new Map([
      ['01', { id: 'u1', instansiId: 'i', parentId: null, kode: '01', nama: 'Dinas' }],
      ['01.02', { id: 'u2', instansiId: 'i', parentId: 'u1', kode: '01.02', nama: 'Bidang' }],
    ]);
    const reach = new Reach(new Set(['u2']), db, new Map([['x', '01.02'], ['y', 'x'], ['z', '01'], ['loop1', 'loop2'], ['loop2', 'loop1']]));
    expect([reach.has('y'), reach.has('x'), reach.has('01.02'), reach.has('z'), reach.has('01'), reach.has('loop1'), reach.has('nothing')]).toEqual([
      true, true, true, false, false, false, false,
    ]);
  });

  it('matches headers ignoring case and runs of spaces', () => {
    expect(headerKey('  Kode   UNIT ')).toBe(headerKey('Kode Unit'));
  });
});
