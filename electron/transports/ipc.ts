import { IPC_EVENT, IPC_INVOKE } from '../../shared/contract.js';
import { fail } from '../../shared/result.js';
import type { Core } from '../core/app.js';
import { sessionEffect, withoutToken } from './session-token.js';

/** The parts of Electron's ipcMain this binding uses (kept structural so it runs in plain Node tests). */
export type IpcSender = { id: number; send(channel: string, payload: unknown): void; isDestroyed(): boolean };
export type IpcMainLike = {
  handle(channel: string, listener: (event: { sender: IpcSender }, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
};

/**
 * Binds the core to Electron IPC: one `invoke` channel carrying `(channel, payload)`, validated by
 * the same dispatcher as HTTP, and core events pushed to every window that has called in.
 * Each window (webContents) has its own session.
 */
export function bindIpc(core: Core, ipcMain: IpcMainLike): () => void {
  const tokens = new Map<number, string>();
  const senders = new Map<number, IpcSender>();
  ipcMain.handle(IPC_INVOKE, async (event, channel, payload) => {
    if (typeof channel !== 'string') return fail('VALIDATION');
    senders.set(event.sender.id, event.sender);
    const result = await core.invoke(channel, payload, tokens.get(event.sender.id) ?? null);
    const effect = sessionEffect(channel, result);
    if (effect && 'set' in effect) tokens.set(event.sender.id, effect.set);
    if (effect && 'clear' in effect) tokens.delete(event.sender.id);
    return withoutToken(result);
  });
  const unsubscribe = core.onEvent((e, audience) => {
    for (const [id, s] of senders) {
      if (s.isDestroyed()) {
        // A closed window's session must not linger until the idle time-out.
        const token = tokens.get(id);
        if (token) core.sessions.revoke(token);
        tokens.delete(id);
        senders.delete(id);
      } else if (!audience || tokens.get(id) === audience.token) s.send(IPC_EVENT, e);
    }
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(IPC_INVOKE);
  };
}
