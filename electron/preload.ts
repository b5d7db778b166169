/**
 * The only bridge between the sandboxed renderer and the main process. It exposes exactly
 * `window.api = { invoke, on }` and nothing of Electron itself, so a compromised page can do
 * no more than call contract channels, each validated again by the main side.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { IPC_EVENT, IPC_INVOKE } from '../shared/transport.js';

type EventMessage = { name: string; payload: unknown };

function isEventMessage(value: unknown): value is EventMessage {
  return typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string';
}

const api = {
  /** Calls a contract channel; resolves with the core's `Result` envelope. */
  invoke(channel: string, payload: unknown): Promise<unknown> {
    return ipcRenderer.invoke(IPC_INVOKE, String(channel), payload);
  },
  /** Subscribes to one core event by name; returns the unsubscribe function. */
  on(event: string, cb: (payload: unknown) => void): () => void {
    const listener = (_e: IpcRendererEvent, message: unknown): void => {
      if (isEventMessage(message) && message.name === event) cb(message.payload);
    };
    ipcRenderer.on(IPC_EVENT, listener);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT, listener);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);
