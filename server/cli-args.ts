import { parseArgs } from 'node:util';
import type { InitInstansiInput } from './services/init-instansi.js';

export const USAGE = `Pemakaian:
  npx tsx server/cli.ts init-instansi --kode KODE --nama NAMA --unit-kode KODE --unit-nama NAMA \\
    --admin-nip NIP --admin-nama NAMA --admin-password KATA_SANDI
Basis data: DATABASE_URL (PostgreSQL) atau MEJA_SERVER_DATA (PGlite; hentikan server dulu).`;

export type CliCommand = { command: 'init-instansi'; input: InitInstansiInput } | { command: 'help' };

const OPTION_KEYS = {
  kode: 'kode',
  nama: 'nama',
  'unit-kode': 'unitKode',
  'unit-nama': 'unitNama',
  'admin-nip': 'adminNip',
  'admin-nama': 'adminNama',
  'admin-password': 'adminPassword',
} as const;

/** Reads the command line; throws an Error with an Indonesian message on a missing option. */
export function parseCli(argv: readonly string[]): CliCommand {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help') return { command: 'help' };
  if (command !== 'init-instansi') throw new Error(`Perintah tidak dikenal: ${command}\n${USAGE}`);
  const options = Object.fromEntries(Object.keys(OPTION_KEYS).map((k) => [k, { type: 'string' as const }]));
  const { values } = parseArgs({ args: [...rest], options, strict: true });
  const get = (flag: keyof typeof OPTION_KEYS): string => {
    const v = values[flag];
    if (typeof v !== 'string' || v === '') throw new Error(`Opsi --${flag} wajib diisi.\n${USAGE}`);
    return v;
  };
  return {
    command: 'init-instansi',
    input: {
      kode: get('kode'),
      nama: get('nama'),
      unitKode: get('unit-kode'),
      unitNama: get('unit-nama'),
      adminNip: get('admin-nip'),
      adminNama: get('admin-nama'),
      adminPassword: get('admin-password'),
    },
  };
}
