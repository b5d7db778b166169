import type { ServerDb } from './db/connect.js';
import type { Metrics } from './http/metrics.js';
import type { OrgCache } from './services/org-cache.js';
import type { TtlCache } from './services/ttl-cache.js';

/** The time source; tests pass a fake one (token expiry, lock-outs). */
export type Clock = () => Date;

/** What every route and service of one server instance shares. */
export type ServerContext = {
  db: ServerDb;
  clock: Clock;
  /** HMAC key for access tokens (resolved once: option, environment or stored in the database). */
  secret: () => Promise<string>;
  metrics: Metrics;
  org: OrgCache;
  /**
   * Device rows behind tokens, with whether their enrolling account still allows them (a few
   * seconds; a revoke or an account change pushed through this process clears the entry, so it
   * takes effect on the very next request).
   */
  devices: TtlCache<DeviceRow>;
  /**
   * Feed horizon per instansi (a fraction of a second; this process's writes delete the entry):
   * an up-to-date desk polling is answered without touching the database.
   */
  horizons: TtlCache<string | null>;
  /** `MEJA_BOOTSTRAP_SECRET`; null disables `POST /v1/devices/bootstrap`. */
  bootstrapSecret: string | null;
  /** Always true but in the signature benchmark's baseline (see BuildServerOptions.unsafeSkipSignatureCheck). */
  verifySignatures: boolean;
};

/** The device behind a valid access token. */
export type DeviceAuth = { id: string; instansiId: string; unitId: string; userId: string };

/** `ownerAllowed`: the enrolling account is still active and an operator or admin. */
export type DeviceRow = DeviceAuth & { revokedAt: Date | null; ownerAllowed: boolean };

export const deviceKey = (instansiId: string, deviceId: string): string => `${instansiId}/${deviceId}`;
