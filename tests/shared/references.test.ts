import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { OWN_ID_PATHS, REFERENCE_MAP, refsOf, repoint } from '../../shared/references.js';
import { syncRowSchemas, type SyncEntity } from '../../shared/sync-protocol.js';

/** Every path in a zod schema whose leaf is a uuid string, in the reference map's path syntax. */
function uuidPaths(schema: z.core.$ZodType, prefix: string, out: string[]): void {
  const def = schema._zod.def;
  switch (def.type) {
    case 'nullable':
    case 'optional':
    case 'default':
    case 'readonly':
      uuidPaths((def as unknown as { innerType: z.core.$ZodType }).innerType, prefix, out);
      return;
    case 'array':
      uuidPaths((def as unknown as { element: z.core.$ZodType }).element, `${prefix}[]`, out);
      return;
    case 'object': {
      const shape = (def as unknown as { shape: Record<string, z.core.$ZodType> }).shape;
      for (const [k, v] of Object.entries(shape)) uuidPaths(v, prefix === '' ? k : `${prefix}.${k}`, out);
      return;
    }
    case 'union': {
      for (const o of (def as unknown as { options: z.core.$ZodType[] }).options) uuidPaths(o, prefix, out);
      return;
    }
    case 'string':
      if ((def as unknown as { format?: string }).format === 'uuid') out.push(prefix);
      return;
    default:
      return;
  }
}

const entities = Object.keys(syncRowSchemas) as SyncEntity[];

describe('the reference map', () => {
  it.each(entities)('lists every id field of %s (a new id field fails here until it is mapped)', (entity) => {
    const found: string[] = [];
    uuidPaths(syncRowSchemas[entity], '', found);
    const mapped = [...REFERENCE_MAP[entity].map((r) => r.path), ...OWN_ID_PATHS[entity]];
    expect(found.length).toBeGreaterThan(0);
    expect([...new Set(found)].sort()).toEqual([...new Set(mapped)].sort());
  });

  it('finds and re-points ids inside JSON (penilai, delegasi, riwayat)', () => {
    const skp = {
      id: 's1',
      pegawaiId: 'p1',
      penilai: { penilaiPegawaiId: 'p2', penilaiJabatanId: 'j2', atasanPenilaiPegawaiId: null, atasanPenilaiJabatanId: null },
      approvedByUserId: 'u2',
      delegasi: null,
      riwayat: [
        { actorUserId: 'u1', delegasi: null },
        { actorUserId: 'u2', delegasi: { penilaiPegawaiId: 'p2', referensi: 'x' } },
      ],
    };
    expect(refsOf('skp', skp).map((r) => `${r.path}=${r.id}`)).toEqual([
      'pegawaiId=p1',
      'penilai.penilaiPegawaiId=p2',
      'penilai.penilaiJabatanId=j2',
      'approvedByUserId=u2',
      'riwayat[].actorUserId=u1',
      'riwayat[].actorUserId=u2',
      'riwayat[].delegasi.penilaiPegawaiId=p2',
    ]);
    const out = repoint('skp', skp, new Map([['p2', 'P2'], ['u1', 'U1'], ['u2', 'U2'], ['s1', 'S1']]));
    expect(out).toEqual({
      ...skp,
      id: 'S1',
      penilai: { ...skp.penilai, penilaiPegawaiId: 'P2' },
      approvedByUserId: 'U2',
      riwayat: [
        { actorUserId: 'U1', delegasi: null },
        { actorUserId: 'U2', delegasi: { penilaiPegawaiId: 'P2', referensi: 'x' } },
      ],
    });
    // The input is left as it was.
    expect(skp.riwayat[0]?.actorUserId).toBe('u1');
  });
});
