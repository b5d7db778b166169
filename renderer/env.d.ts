/**
 * What the Electron preload exposes (electron/preload.ts). Absent in browser mode, where
 * `lib/api.ts` falls back to HTTP. The payloads are checked again on the main side, so the
 * renderer only needs the loose shape here; `lib/api.ts` narrows it with the contract's types.
 */
type MejaPreloadApi = {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  on(event: string, cb: (payload: unknown) => void): () => void;
};

interface Window {
  api?: MejaPreloadApi;
}
