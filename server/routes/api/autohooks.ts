/**
 * Every route under an API version's base path (cascaded to each resource folder) requires a Maskinporten token,
 * and the verified call is held to the call etiquette (plugins/app/etikette.ts).
 */
import type { FastifyInstance } from 'fastify';

export default async function apiAuth(app: FastifyInstance): Promise<void> {
  app.addHook('onRequest', (request, reply, done) => {
    const tenant = app.authenticate(request); // a refusal thrown here reaches the error handler as well
    if (tenant instanceof Promise) tenant.then(() => done(app.kontrollerEtikette(request, reply)), done);
    else done(app.kontrollerEtikette(request, reply));
  });
}
