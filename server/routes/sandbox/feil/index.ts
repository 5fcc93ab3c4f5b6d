/** /sandbox/feil (modelled): arm, list and clear faults for the caller's organisation's next API requests. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FeilInjeksjonRequest } from '../../../sandbox/feilinjeksjon.js';

type Injisering = FastifyRequest<{ Body: FeilInjeksjonRequest }>;

export default async function feil(app: FastifyInstance): Promise<void> {
  app.post('/', { schema: { body: { $ref: 'FeilInjeksjonRequest#' } } }, async (request: Injisering, reply) => {
    const tenant = await app.authenticateSandbox(request);
    return reply.code(201).send(app.feilinjeksjoner.injiser(tenant.orgnr, request.body, app.clock.now(tenant.orgnr)));
  });

  app.get('/', async (request) => {
    const tenant = await app.authenticateSandbox(request);
    return app.feilinjeksjoner.liste(tenant.orgnr);
  });

  app.delete('/', async (request, reply) => {
    const tenant = await app.authenticateSandbox(request);
    app.feilinjeksjoner.slett(tenant.orgnr);
    return reply.code(204).send();
  });
}
