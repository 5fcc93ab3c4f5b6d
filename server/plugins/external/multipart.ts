/** @fastify/multipart for attachment uploads; limits come from VEDLEGG_MAX_BYTES. */
import fp from 'fastify-plugin';
import multipart from '@fastify/multipart';

export default fp(
  async (app) => {
    await app.register(multipart, {
      limits: { fileSize: app.config.vedleggMaxBytes, files: 1, fields: 10, parts: 12, fieldSize: 64 * 1024, headerPairs: 100 },
      throwFileSizeLimit: true,
    });
  },
  { name: 'multipart' },
);
