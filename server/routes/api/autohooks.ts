/** Every route under /api/utleggsbegjaering/v1 (cascaded to each resource folder) requires a Maskinporten token. */
import type { FastifyInstance } from 'fastify';

export default async function apiAuth(app: FastifyInstance): Promise<void> {
  app.addHook('onRequest', async (request) => {
    await app.authenticate(request);
  });
}
