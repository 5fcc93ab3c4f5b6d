/** Every route under an API version's base path (cascaded to each resource folder) requires a Maskinporten token. */
import type { FastifyInstance } from 'fastify';

export default async function apiAuth(app: FastifyInstance): Promise<void> {
  app.addHook('onRequest', (request, _reply, done) => {
    const tenant = app.authenticate(request); // a refusal thrown here reaches the error handler as well
    if (tenant instanceof Promise) tenant.then(() => done(), done);
    else done();
  });
}
