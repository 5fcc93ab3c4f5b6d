/**
 * /sandbox/saker (modelled): set a case's status and decision, or ask for a correction, for the caller's cases. Both
 * play the namsmann's part, so test-environment mode refuses them (409): there, cases are not processed.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../../../errors.js';
import type { Beslutningstype, Saksstatus } from '../../../sak/livssyklus.js';
import type { Sak } from '../../../sak/repository.js';
import { statusForSak } from '../../../sak/status.js';
import { ikkeBehandlet } from '../../../sandbox/modus.js';

type WithRef<B> = FastifyRequest<{ Params: { eksternSaksreferanse: string }; Body: B }>;

export default async function saker(app: FastifyInstance) {
  async function sak(request: WithRef<unknown>): Promise<Sak> {
    const tenant = await app.authenticateSandbox(request);
    if (app.config.sandboxModus === 'testmiljoe') throw ikkeBehandlet('en sak');
    const ref = request.params.eksternSaksreferanse;
    const funnet = app.saker.hent(tenant.orgnr, ref);
    if (!funnet) throw new ApiError(404, 'KB-009', `Ingen treff på eksternSaksreferanse ${ref}`);
    return funnet;
  }

  app.post(
    '/:eksternSaksreferanse/status',
    { schema: { body: { $ref: 'SakStatusRequest#' } } },
    async (request: WithRef<{ saksstatus: Saksstatus; beslutning?: Beslutningstype }>) => {
      const ny = app.saksbehandling.settStatus(await sak(request), request.body.saksstatus, request.body.beslutning);
      return statusForSak(ny, app.saker.versjoner(ny));
    },
  );

  app.post(
    '/:eksternSaksreferanse/retting',
    { schema: { body: { $ref: 'RettingRequest#' } } },
    async (request: WithRef<{ melding: string }>, reply) => {
      return reply.code(201).send(app.saksbehandling.retting(await sak(request), request.body.melding));
    },
  );
}
