/**
 * The begjæring resource: reading back a stored begjæring (modelled) here; submission, validation and endring in
 * their own files, all taking their JSON body as text (./tekst.ts).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../../../errors.js';
import endring from './endring.js';
import innsending from './innsending.js';
import { jsonSomTekst } from './tekst.js';

type WithRef = FastifyRequest<{ Params: { eksternSaksreferanse: string } }>;

export default async function utleggsbegjaering(app: FastifyInstance) {
  jsonSomTekst(app);
  // Autoload loads only index.ts from a folder that has one, so the other routes are registered here.
  await app.register(innsending);
  await app.register(endring);
  app.get('/:eksternSaksreferanse', async (request: WithRef) => {
    const sak = app.saker.hent(request.tenant.orgnr, request.params.eksternSaksreferanse);
    if (!sak) throw new ApiError(404, 'KB-009', `Ingen treff på eksternSaksreferanse ${request.params.eksternSaksreferanse}`);
    return {
      eksternSaksreferanse: sak.eksternSaksreferanse,
      saksstatus: sak.saksstatus,
      alminneligNamsmannsReferanse: sak.namsmannensReferanse,
      opprettet: sak.opprettet,
      versjoner: app.saker.versjoner(sak),
    };
  });
}
