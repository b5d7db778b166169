import type { FastifyInstance } from 'fastify';
import { PRINTS_BODY_LIMIT, uploadPrintsSchema, verifyParamsSchema, type CentralVerifyAnswer, type UploadPrintsResponse } from '../../shared/print-wire.js';
import type { ServerContext } from '../context.js';
import { bearer, doc } from '../http/openapi.js';
import { parseOrThrow } from '../http/validate.js';
import { authenticate } from '../services/device-auth.js';
import { uploadPrints, verifyCentral } from '../services/prints.js';
import type { RateLimit } from './devices.js';

/**
 * Printed documents (issue 11): desks upload the codes they issued; anyone with the paper checks
 * its code without signing in (rate-limited per IP: a code is 50 bits, guessing is hopeless, but
 * the route must not be a free oracle either).
 */
export function printRoutes(app: FastifyInstance, ctx: ServerContext, verifyLimit: RateLimit): void {
  app.post(
    '/v1/prints',
    { bodyLimit: PRINTS_BODY_LIMIT, schema: { summary: 'Unggah kode verifikasi dokumen yang dicetak di meja', tags: ['cetak'], security: bearer, body: doc(uploadPrintsSchema) } },
    async (req): Promise<UploadPrintsResponse> => {
      const device = await authenticate(ctx, req.headers.authorization);
      return uploadPrints(ctx, device, parseOrThrow(uploadPrintsSchema, req.body).prints);
    },
  );
  app.get(
    '/v1/verify/:code',
    {
      schema: { summary: 'Periksa keaslian dokumen cetak dari kodenya (tanpa masuk): asli, berubah, atau tidak dikenal', tags: ['cetak'], params: doc(verifyParamsSchema) },
      config: { rateLimit: verifyLimit },
    },
    async (req, reply): Promise<CentralVerifyAnswer> => {
      void reply.header('cache-control', 'no-store');
      return verifyCentral(ctx, parseOrThrow(verifyParamsSchema, req.params).code);
    },
  );
}
