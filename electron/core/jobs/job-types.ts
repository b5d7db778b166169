/**
 * What a long job sees, wherever it runs (a worker thread on a file database, or inline on a
 * `:memory:` core): its own database handle, a progress hook and a cancel check.
 */
import { AppFailure, type ErrorCode, type FieldIssue } from '../../../shared/result.js';
import type { Db } from '../db/connection.js';

export type JobContext = {
  db: Db;
  /** Reports a step; also yields, so an inline job lets other calls run between chunks. */
  progress: (phase: string, done: number, total: number) => Promise<void>;
  /** Throws the CANCELLED failure once cancel was asked; call it between units of work. */
  checkCancelled: () => void;
};

export type JobProgress = { phase: string; done: number; total: number };

export function cancelledFailure(): AppFailure {
  return new AppFailure('CANCELLED');
}

/** A failure as it crosses the thread boundary (errors do not survive structured clone as classes). */
export type WireError = { app: true; code: ErrorCode; message: string; issues?: FieldIssue[] } | { app: false; message: string };

export function toWire(e: unknown): WireError {
  if (e instanceof AppFailure) return { app: true, code: e.code, message: e.message, ...(e.issues ? { issues: e.issues } : {}) };
  return { app: false, message: e instanceof Error ? e.message : String(e) };
}

export function fromWire(w: WireError): Error {
  return w.app ? new AppFailure(w.code, w.message, w.issues) : new Error(w.message);
}

/** Buffers in a job's output move to the main thread instead of being copied. */
export function transferablesOf(value: unknown): ArrayBuffer[] {
  if (typeof value !== 'object' || value === null) return [];
  const out: ArrayBuffer[] = [];
  for (const v of Object.values(value)) {
    if (v instanceof Uint8Array && v.buffer instanceof ArrayBuffer && v.byteOffset === 0 && v.byteLength === v.buffer.byteLength) out.push(v.buffer);
  }
  return out;
}

/** Main thread → worker (one job at a time per worker; ids keep a late cancel off the next job). */
export type ToWorker = { type: 'start'; jobId: string; name: string; input: unknown; file: string } | { type: 'cancel'; jobId: string };

/** Worker → main thread. */
export type FromWorker = { jobId: string } & (({ type: 'progress' } & JobProgress) | { type: 'done'; output: unknown } | { type: 'failed'; error: WireError });
