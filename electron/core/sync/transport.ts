/** One HTTP exchange with the central server, as the sync code sees it. */
export type SyncRequest = { method: 'GET' | 'POST'; path: string; body?: unknown; token?: string };
export type SyncReply = { status: number; body: unknown };

/**
 * How requests reach the server. Production uses `fetchTransport`; tests wrap it to drop,
 * duplicate, delay and reorder messages (the only thing the sync tests fake is the network).
 */
export type SyncTransport = (req: SyncRequest) => Promise<SyncReply>;

/** Thrown when no answer came back (offline, time-out, refused): the engine backs off and retries. */
export class NetworkError extends Error {}

export function fetchTransport(baseUrl: string, timeoutMs = 30_000): SyncTransport {
  const base = baseUrl.replace(/\/+$/, '');
  return async (req) => {
    let res: Response;
    try {
      res = await fetch(`${base}${req.path}`, {
        method: req.method,
        headers: {
          ...(req.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(req.token ? { authorization: `Bearer ${req.token}` } : {}),
        },
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (e) {
      throw new NetworkError(`Server tidak terjangkau: ${e instanceof Error ? e.message : String(e)}`);
    }
    const text = await res.text().catch(() => '');
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = { ok: false, error: { code: 'INTERNAL', message: text.slice(0, 200) } };
    }
    return { status: res.status, body };
  };
}
