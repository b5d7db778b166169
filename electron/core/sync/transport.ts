/** One HTTP exchange with the central server, as the sync code sees it. */
export type SyncRequest = {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  body?: unknown;
  token?: string;
  /** Raw bytes to send instead of a JSON body (an evidence file upload). */
  raw?: { bytes: Uint8Array; contentType: string };
  /** The answer is raw bytes when successful (an evidence file download): see `SyncReply.bytes`. */
  binary?: boolean;
};
export type SyncReply = { status: number; body: unknown; bytes?: Buffer };

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
          ...(req.raw ? { 'content-type': req.raw.contentType } : req.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(req.token ? { authorization: `Bearer ${req.token}` } : {}),
        },
        body: req.raw ? new Uint8Array(req.raw.bytes) : req.body === undefined ? undefined : JSON.stringify(req.body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (e) {
      throw new NetworkError(`Server tidak terjangkau: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (req.binary && res.ok) {
      const bytes = await res.arrayBuffer().then((b) => Buffer.from(b)).catch(() => null);
      if (bytes === null) throw new NetworkError('Unduhan berkas terputus.');
      return { status: res.status, body: null, bytes };
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
