import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { bootstrapRequestSchema, enrollRequestSchema } from '../../shared/sync-protocol.js';
import type { ServerContext } from '../context.js';
import { bearer, doc } from '../http/openapi.js';
import { parseOrThrow } from '../http/validate.js';
import { bootstrapInstansi } from '../services/bootstrap.js';
import { authenticate } from '../services/device-auth.js';
import { devicesFor, revoke } from '../services/devices.js';
import { enrollDevice } from '../services/enroll.js';

export type RateLimit = { max: number; timeWindow: number };

const deviceParams = z.strictObject({ id: z.uuid() });

export function deviceRoutes(app: FastifyInstance, ctx: ServerContext, signInLimit: RateLimit): void {
  app.post(
    '/v1/devices/enroll',
    { schema: { summary: 'Daftarkan perangkat (operator/admin masuk sekali)', tags: ['perangkat'], body: doc(enrollRequestSchema) }, config: { rateLimit: signInLimit } },
    async (req) => enrollDevice(ctx, parseOrThrow(enrollRequestSchema, req.body)),
  );
  app.post(
    '/v1/devices/bootstrap',
    { schema: { summary: 'Unggah instansi baru dari aplikasi meja dan daftarkan perangkat', tags: ['perangkat'], body: doc(bootstrapRequestSchema) }, config: { rateLimit: signInLimit } },
    async (req) => bootstrapInstansi(ctx, parseOrThrow(bootstrapRequestSchema, req.body)),
  );
  app.get('/v1/devices', { schema: { summary: 'Daftar perangkat (admin)', tags: ['perangkat'], security: bearer } }, async (req) => {
    const caller = await authenticate(ctx, req.headers.authorization);
    return { devices: await devicesFor(ctx, caller) };
  });
  app.post(
    '/v1/devices/:id/revoke',
    { schema: { summary: 'Cabut akses perangkat (admin)', tags: ['perangkat'], security: bearer, params: doc(deviceParams) } },
    async (req) => {
      const caller = await authenticate(ctx, req.headers.authorization);
      return { device: await revoke(ctx, caller, parseOrThrow(deviceParams, req.params).id) };
    },
  );
}
