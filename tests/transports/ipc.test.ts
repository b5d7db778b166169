import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { IPC_EVENT, IPC_INVOKE } from '../../shared/contract.js';
import type { Result } from '../../shared/result.js';
import { bindIpc, type IpcMainLike, type IpcSender } from '../../electron/transports/ipc.js';
import { ADMIN_NIP, ADMIN_PASSWORD, makeCore, setUp, type TestCore } from '../core/helpers.js';

type Listener = Parameters<IpcMainLike['handle']>[1];

/** In-process stand-in for Electron's ipcMain (Electron itself cannot run here); like the real one, it refuses a second handler. */
class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** What `ipcRenderer.invoke(IPC_INVOKE, ...args)` from `sender` would do. */
  async invoke(sender: IpcSender, ...args: unknown[]): Promise<Result<Record<string, unknown>>> {
    const h = this.handlers.get(IPC_INVOKE);
    if (!h) throw new Error(`No handler registered for '${IPC_INVOKE}'`);
    return (await h({ sender }, ...args)) as Result<Record<string, unknown>>;
  }
}

/** A window's webContents as the binding sees it. */
class FakeSender implements IpcSender {
  readonly sent: [string, unknown][] = [];
  destroyed = false;
  constructor(readonly id: number) {}
  send(channel: string, payload: unknown): void {
    // Electron throws when sending to a destroyed webContents.
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push([channel, payload]);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

const code = (r: Result<unknown>) => (r.ok ? 'ok' : r.error.code);
/** A session token is 32 random bytes in base64url: 43 characters with no dash-separated groups. */
const TOKEN_SHAPE = /[A-Za-z0-9_-]{43}/;

let t: TestCore;
let ipc: FakeIpcMain;
let unbind: () => void;
let a: FakeSender;
let b: FakeSender;
let rootUnitId: string;

// One core for the file (set-up hashes a password); each test gets a fresh binding, so fresh
// per-window sessions.
beforeAll(async () => {
  t = await makeCore();
  const adminToken = await setUp(t);
  const units = await t.core.invoke('org/units', {}, adminToken);
  rootUnitId = units.ok && Array.isArray(units.value) ? String((units.value[0] as { id: string }).id) : '';
});
afterAll(async () => {
  await t.close();
});
beforeEach(() => {
  ipc = new FakeIpcMain();
  unbind = bindIpc(t.core, ipc);
  a = new FakeSender(1);
  b = new FakeSender(2);
});
afterEach(() => {
  unbind();
});

const signIn = (s: FakeSender) => ipc.invoke(s, 'auth/signIn', { nip: ADMIN_NIP, password: ADMIN_PASSWORD });
const me = (s: FakeSender) => ipc.invoke(s, 'auth/me', {});
let kodeSeq = 0;
const addUnit = (s: FakeSender) => {
  const kode = `01.${++kodeSeq}`;
  return ipc.invoke(s, 'org/unitSave', { parentId: rootUnitId, kode, nama: `Unit ${kode}` });
};
const events = (s: FakeSender) => s.sent.filter(([ch]) => ch === IPC_EVENT).map(([, e]) => e);

describe('sessions per window', () => {
  it('window A signed in, window B not', async () => {
    expect(code(await signIn(a))).toBe('ok');
    const mine = await me(a);
    expect(mine.ok && (mine.value.user as { nip: string }).nip).toBe(ADMIN_NIP);
    expect(code(await me(b))).toBe('UNAUTHENTICATED');
    // A third window with A's id would be A: the binding keys sessions by webContents id.
    expect(code(await me(new FakeSender(1)))).toBe('ok');
  });

  it('the token never reaches the renderer', async () => {
    const r = await signIn(a);
    expect(r.ok && r.value.token).toBe('');
    const m = await me(a);
    expect(m.ok && m.value.token).toBe('');
    for (const x of [r, m]) expect(JSON.stringify(x)).not.toMatch(TOKEN_SHAPE);
  });

  it('sign-out in A ends A only', async () => {
    await signIn(a);
    await signIn(b);
    expect(code(await ipc.invoke(a, 'auth/signOut', {}))).toBe('ok');
    expect(code(await me(a))).toBe('UNAUTHENTICATED');
    expect(code(await me(b))).toBe('ok');
  });

  it('an idle-expired session is dropped for that window', async () => {
    await signIn(a);
    t.clock.advanceMinutes(31);
    expect(code(await me(a))).toBe('SESSION_EXPIRED');
    expect(code(await me(a))).toBe('UNAUTHENTICATED');
    expect(code(await signIn(a))).toBe('ok');
    expect(code(await me(a))).toBe('ok');
  });

  it('a renderer cannot smuggle a token in the payload', async () => {
    await signIn(a);
    expect(code(await ipc.invoke(b, 'auth/me', { token: 'anything' }))).toBe('UNAUTHENTICATED');
  });
});

describe('payload checks', () => {
  it.each([42, null, undefined, { channel: 'auth/me' }, ['auth/me'], true])('a non-string channel %j → VALIDATION', async (channel) => {
    await signIn(a);
    const r = await ipc.invoke(a, channel, {});
    expect(code(r)).toBe('VALIDATION');
  });

  it('an unknown channel and a forged payload are refused like everywhere else', async () => {
    await signIn(a);
    expect(code(await ipc.invoke(a, 'pegawai/delete', {}))).toBe('UNKNOWN_CHANNEL');
    expect(code(await ipc.invoke(a, 'pegawai/get', { id: 'x' }))).toBe('VALIDATION');
    expect(code(await ipc.invoke(a, 'app/info'))).toBe('VALIDATION');
  });
});

describe('events', () => {
  it('core events reach every window that has called in, and no other', async () => {
    await signIn(a);
    await me(b); // B called in (even unauthenticated)
    const silent = new FakeSender(3);
    await ipc.invoke(silent, 42, {}); // refused before it counts as a window that called in
    expect(code(await addUnit(a))).toBe('ok');
    const expected = { name: 'data/changed', payload: { entities: ['unit_kerja'] } };
    expect(events(a)).toEqual([expected]);
    expect(events(b)).toEqual([expected]);
    expect(silent.sent).toEqual([]);
  });

  it('a destroyed window is dropped, not sent to', async () => {
    await signIn(a);
    await me(b);
    b.destroyed = true;
    expect(code(await addUnit(a))).toBe('ok');
    expect(code(await addUnit(a))).toBe('ok');
    expect(events(a)).toHaveLength(2);
    expect(events(b)).toEqual([]);
  });

  it('the unbind function removes the handler and stops events', async () => {
    await signIn(a);
    unbind();
    expect(ipc.handlers.has(IPC_INVOKE)).toBe(false);
    await expect(me(a)).rejects.toThrow(/No handler/);
    // A change made elsewhere (another transport) is no longer pushed to the old windows.
    const token = await t.core.invoke('auth/signIn', { nip: ADMIN_NIP, password: ADMIN_PASSWORD }, null);
    const tok = token.ok ? String((token.value as { token: string }).token) : '';
    expect(code(await t.core.invoke('org/unitSave', { parentId: rootUnitId, kode: `01.${++kodeSeq}`, nama: 'X' }, tok))).toBe('ok');
    expect(events(a)).toEqual([]);
    // Binding again works (the old handler is really gone).
    unbind = bindIpc(t.core, ipc);
    expect(code(await me(a))).toBe('UNAUTHENTICATED');
  });
});
