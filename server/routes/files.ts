import type { FastifyInstance } from 'fastify';
import { BUKTI_MAX_BYTES } from '../../shared/bukti-rules.js';
import { buktiMissingRequestSchema, buktiParamsSchema, type BuktiMissingResponse } from '../../shared/bukti-wire.js';
import type { ServerContext } from '../context.js';
import { bearer, doc } from '../http/openapi.js';
import { parseOrThrow } from '../http/validate.js';
import { getBuktiFile, missingBuktiFiles, putBuktiFile } from '../services/bukti-files.js';
import { authenticate } from '../services/device-auth.js';

/**
 * Bukti dukung files (issue 10), for devices of the instansi. Registered in a scope of their own:
 * the raw-bytes body parser (any content type, up to BUKTI_MAX_BYTES) applies to these routes only.
 */
export function fileRoutes(app: FastifyInstance, ctx: ServerContext): void {
  void app.register(async (files) => {
    files.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: BUKTI_MAX_BYTES }, (_req, body, done) => done(null, body));
    files.put(
      '/v1/files/:sha256',
      {
        bodyLimit: BUKTI_MAX_BYTES,
        schema: {
          summary: 'Unggah berkas bukti dukung (isi mentah; content-type = jenis berkas; alamat = sha-256 isinya)',
          tags: ['berkas'],
          security: bearer,
          params: doc(buktiParamsSchema),
        },
      },
      async (req) => {
        const device = await authenticate(ctx, req.headers.authorization);
        const { sha256 } = parseOrThrow(buktiParamsSchema, req.params);
        const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        return putBuktiFile(ctx, device, sha256, (req.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '', body);
      },
    );
    files.get(
      '/v1/files/:sha256',
      { exposeHeadRoute: false, schema: { summary: 'Unduh berkas bukti dukung', tags: ['berkas'], security: bearer, params: doc(buktiParamsSchema) } },
      async (req, reply) => {
        const device = await authenticate(ctx, req.headers.authorization);
        const f = await getBuktiFile(ctx, device, parseOrThrow(buktiParamsSchema, req.params).sha256);
        return reply.type(f.mime).header('cache-control', 'private, max-age=31536000, immutable').send(f.data);
      },
    );
    files.post(
      '/v1/files/missing',
      { schema: { summary: 'Berkas mana yang belum ada di server', tags: ['berkas'], security: bearer, body: doc(buktiMissingRequestSchema) } },
      async (req): Promise<BuktiMissingResponse> => {
        const device = await authenticate(ctx, req.headers.authorization);
        return { missing: await missingBuktiFiles(ctx, device, parseOrThrow(buktiMissingRequestSchema, req.body).sha256) };
      },
    );
  });
}
