/**
 * The renderer's only way to reach the core: a typed `invoke` and `on` over the contract. In
 * Electron they go through the preload's `window.api`; in browser mode through same-origin HTTP
 * (POST for calls, server-sent events for pushes). The session lives on the host's side (IPC per
 * window, HttpOnly cookie in the browser), so no token is ever handled here.
 *
 * Nothing here throws: a dead connection becomes a `Result` with code INTERNAL.
 *
 * @example
 * const r = await invoke('pegawai/get', { id });
 * if (r.ok) show(r.value.namaLengkap); else alert(r.error.message);
 */
import {
  HTTP_EVENTS_PATH,
  HTTP_INVOKE_PATH,
  PUBLIC_CHANNELS,
  type ArgsOf,
  type Channel,
  type EventName,
  type EventPayloads,
  type ResultOf,
} from '../../shared/contract.js';
import type { AppError, Result } from '../../shared/result.js';

/** Shown when the core cannot be reached at all; the call did not change anything. */
const NETWORK_MESSAGE = 'Tidak dapat menghubungi layanan aplikasi. Periksa apakah aplikasi masih berjalan, lalu coba lagi.';

function networkFailure(): { ok: false; error: AppError } {
  return { ok: false, error: { code: 'INTERNAL', message: NETWORK_MESSAGE } };
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  return value.ok === false && 'error' in value && typeof value.error === 'object' && value.error !== null;
}

async function invokeHttp(channel: string, payload: unknown): Promise<unknown> {
  const res = await fetch(HTTP_INVOKE_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify({ channel, payload }),
  });
  return (await res.json()) as unknown;
}

type AuthLossListener = (error: AppError) => void;
const authLossListeners = new Set<AuthLossListener>();

/**
 * Called whenever a call that needs a session is refused for lack of one (signed out elsewhere,
 * idle timeout, account deactivated). The app uses it to go back to the sign-in page.
 */
export function onAuthLost(listener: AuthLossListener): () => void {
  authLossListeners.add(listener);
  return () => authLossListeners.delete(listener);
}

const passwordChangeListeners = new Set<() => void>();

/**
 * Called when the core refuses a call because the signed-in account must change its password
 * first (an admin reset it, or a pulled account row says so): the app shows "Ganti kata sandi".
 */
export function onPasswordChangeRequired(listener: () => void): () => void {
  passwordChangeListeners.add(listener);
  return () => passwordChangeListeners.delete(listener);
}

let lastCallAt = Date.now();

/** Milliseconds since the last call to the core (each call keeps the session alive there). */
export function idleMillis(): number {
  return Date.now() - lastCallAt;
}

/** Calls one contract channel. Never throws. */
export async function invoke<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<Result<ResultOf<C>>> {
  lastCallAt = Date.now();
  let raw: unknown;
  try {
    raw = window.api ? await window.api.invoke(channel, args) : await invokeHttp(channel, args);
  } catch {
    return networkFailure();
  }
  if (!isResult(raw)) return networkFailure();
  if (!raw.ok && !PUBLIC_CHANNELS.has(channel) && (raw.error.code === 'UNAUTHENTICATED' || raw.error.code === 'SESSION_EXPIRED')) {
    const error = raw.error;
    authLossListeners.forEach((l) => l(error));
  }
  if (!raw.ok && raw.error.code === 'PASSWORD_CHANGE_REQUIRED') passwordChangeListeners.forEach((l) => l());
  // The core answers each channel with that channel's result type (shared/contract.ts); the shape
  // of the envelope was checked just above.
  return raw as Result<ResultOf<C>>;
}

type Listener = (payload: never) => void;
const listeners = new Map<EventName, Set<Listener>>();
let source: EventSource | null = null;

function dispatchEvent(data: string): void {
  let message: unknown;
  try {
    message = JSON.parse(data);
  } catch {
    return;
  }
  if (typeof message !== 'object' || message === null || !('name' in message) || typeof message.name !== 'string') return;
  const set = listeners.get(message.name as EventName);
  if (!set) return;
  const payload = 'payload' in message ? message.payload : undefined;
  // Payload shapes are fixed per event name by the contract (EventPayloads).
  set.forEach((l) => (l as (p: unknown) => void)(payload));
}

function openEventSource(): void {
  if (source || window.api || typeof EventSource === 'undefined') return;
  source = new EventSource(HTTP_EVENTS_PATH);
  source.onmessage = (e: MessageEvent<string>) => dispatchEvent(e.data);
}

/**
 * Browser mode only: the event stream is authorised by the cookie sent when it opened, so after
 * sign-in or sign-out it must be reopened. A no-op in Electron (IPC follows the window).
 */
export function reconnectEvents(): void {
  if (source) {
    source.close();
    source = null;
  }
  if ([...listeners.values()].some((s) => s.size > 0)) openEventSource();
}

/** Subscribes to a core event; returns the unsubscribe function. */
export function on<E extends EventName>(event: E, cb: (payload: EventPayloads[E]) => void): () => void {
  if (window.api) {
    // The preload filters by name; the payload type follows from the contract.
    return window.api.on(event, (p) => cb(p as EventPayloads[E]));
  }
  let set = listeners.get(event);
  if (!set) {
    set = new Set();
    listeners.set(event, set);
  }
  const listener: Listener = cb;
  set.add(listener);
  openEventSource();
  return () => {
    set.delete(listener);
  };
}
