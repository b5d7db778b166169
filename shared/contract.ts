/**
 * The one typed contract between the renderer and the core: every call `area/verb` with its
 * argument schema (zod, strict: unknown fields are refused) and its result type, and every event
 * the core pushes. Preload, IPC, the browser-mode HTTP host and the handlers all use this file;
 * a channel name is written nowhere else than here and in the group files it joins
 * (contract-base.ts, contract-skp.ts, contract-evaluasi.ts, ...).
 */
import type { z } from 'zod';
import type { ProgressEvent, SyncStatus } from './entities.js';
import { baseArgSchemas, type BaseChannelResults } from './contract-base.js';
import { skpArgSchemas, type SkpChannelResults } from './contract-skp.js';
import { accountArgSchemas, type AccountChannelResults } from './contract-accounts.js';
import { homeArgSchemas, type HomeChannelResults } from './contract-home.js';
import { recordsArgSchemas, type RecordsChannelResults } from './contract-records.js';
import { evaluasiArgSchemas, type EvaluasiChannelResults } from './contract-evaluasi.js';
import { printArgSchemas, type PrintChannelResults } from './contract-print.js';
import { tppArgSchemas, type TppChannelResults } from './contract-tpp.js';
import { rekapArgSchemas, type RekapChannelResults } from './contract-rekap.js';

export { MAX_SHEET_BYTES, PASSWORD_MIN_LENGTH } from './contract-base.js';
export { skpArgSchemas } from './contract-skp.js';
export { accountArgSchemas, PASSWORD_CHANGE_CHANNELS } from './contract-accounts.js';
export { homeArgSchemas } from './contract-home.js';
export { evaluasiArgSchemas } from './contract-evaluasi.js';
export { tppArgSchemas, pengaturanTppSchema } from './contract-tpp.js';
export { JENIS_REKAP, JENIS_REKAP_LABEL, rekapArgSchemas, type JenisRekap } from './contract-rekap.js';
export { MAX_AUDIT_EXPORT, recordsArgSchemas } from './contract-records.js';
export { MAX_VERIFY_PDF_BYTES, printArgSchemas } from './contract-print.js';

export const argSchemas = {
  ...baseArgSchemas,
  ...skpArgSchemas,
  ...homeArgSchemas,
  ...recordsArgSchemas,
  ...accountArgSchemas,
  ...evaluasiArgSchemas,
  ...printArgSchemas,
  ...tppArgSchemas,
  ...rekapArgSchemas,
} as const;

export type Channel = keyof typeof argSchemas;
export type ArgsOf<C extends Channel> = z.input<(typeof argSchemas)[C]>;
export type ParsedArgsOf<C extends Channel> = z.output<(typeof argSchemas)[C]>;

/** What each channel returns inside `Result.value`. */
export type ResultOf<C extends Channel> = ChannelResults[C];

export type ChannelResults = BaseChannelResults &
  SkpChannelResults &
  HomeChannelResults &
  RecordsChannelResults &
  AccountChannelResults &
  EvaluasiChannelResults &
  PrintChannelResults &
  TppChannelResults &
  RekapChannelResults;

/** Channels callable without a session (everything else needs a signed-in user). */
export const PUBLIC_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'app/info',
  // The recovery screen shows before anyone can sign in (the database did not open); restoring
  // is refused unless a migration failed at this start.
  'recovery/status',
  'recovery/restore',
  'setup/init',
  'setup/loadDemo',
  'auth/signIn',
  // Public so a new, empty desk can join its unit from the setup screen; with local data the
  // service requires a signed-in admin.
  'sync/connect',
]);

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(argSchemas, name);
}

/** Events the core pushes to the renderer. */
export type EventPayloads = {
  progress: ProgressEvent;
  'session/expired': { reason: 'idle' | 'signed-out' };
  /** `fromSync`: the change came from the server (does not itself trigger another push). */
  'data/changed': { entities: string[]; fromSync?: boolean };
  'sync/status': SyncStatus;
};
export type EventName = keyof EventPayloads;
export type CoreEvent = { [E in EventName]: { name: E; payload: EventPayloads[E] } }[EventName];

export { IPC_INVOKE, IPC_EVENT, HTTP_INVOKE_PATH, HTTP_EVENTS_PATH } from './transport.js';

// Compile-time check: results and schemas name the same channels.
type _SameKeys = [Exclude<Channel, keyof ChannelResults>, Exclude<keyof ChannelResults, Channel>] extends [never, never] ? true : never;
export const CONTRACT_IS_COMPLETE: _SameKeys = true;
