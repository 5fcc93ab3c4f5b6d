/**
 * The API version of each request (`request.api`), resolved once from its path: /api/utleggsbegjaering/v1 (model
 * 0.9) or /v2 (model 2.0); undefined outside the API (Maskinporten, sandbox controls, console).
 */
import fp from 'fastify-plugin';
import { apiFor, type Api } from '../../api.js';

declare module 'fastify' {
  interface FastifyRequest {
    api: Api | undefined;
  }
}

export default fp(
  async (app) => {
    app.decorateRequest('api', undefined);
    app.addHook('onRequest', (request, _reply, done) => {
      request.api = apiFor(request.url);
      done();
    });
  },
  { name: 'api' },
);
