/**
 * Endring (documented): PUT /utleggsbegjaering/{ref} validates a change against the stored case and stores it as
 * the next version, `ubehandlet`; PUT /utleggsbegjaering/valider/{ref} validates only. Both answer 204 with an
 * empty body (the beta spec's "empty body"), 422 with every violated rule, 404 KB-009 for a case the caller
 * does not have. The change is read in the model of the version it is sent to (a case sent to /v1 may be changed
 * through /v2 in model 2.0: the endring rules compare what both models spell alike).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ApiError } from '../../../errors.js';
import type { Endringsgrunnlag } from '../../../sak/saksbehandling.js';
import type { Begjaering } from '../../../../rules/lib/model.js';
import { avvist, begjaeringFra } from '../../../begjaering/svar.js';
import { utenBom, type MedJson } from './tekst.js';

type EndringRequest = MedJson<{ eksternSaksreferanse: string }>;

/** A lost race is retried on fresh state; after this many the caller is told to try again. */
const MAKS_FORSOEK = 3;

export default async function endring(app: FastifyInstance) {
  async function valider(request: EndringRequest, begjaering: Begjaering): Promise<Endringsgrunnlag> {
    const ref = request.params.eksternSaksreferanse;
    const sak = app.saker.hent(request.tenant.orgnr, ref);
    if (!sak) throw new ApiError(404, 'KB-009', `Ingen treff på eksternSaksreferanse ${ref}`);
    const grunnlag = app.saksbehandling.endringsgrunnlag(sak);
    const kontrollutslag = await app.regler.valider(begjaering, request.api!, request.tenant, grunnlag.kontekst);
    if (kontrollutslag.length > 0) throw avvist(kontrollutslag);
    return grunnlag;
  }

  async function les(request: EndringRequest, reply: FastifyReply): Promise<Begjaering> {
    return begjaeringFra(await app.validering.les(utenBom(request.body), request.api!), request.api!, reply);
  }

  app.put('/:eksternSaksreferanse', async (request: EndringRequest, reply) => {
    const api = request.api!; // set for every route under routes/api
    const begjaering = await les(request, reply);
    // A parallel endring that stored first leaves its version ubehandlet, so the retry answers UAVKLART_STATUS.
    for (let forsoek = 1; !app.saksbehandling.endre(await valider(request, begjaering), begjaering, api.modell); forsoek++) {
      if (forsoek >= MAKS_FORSOEK) throw new ApiError(409, 'SANDBOX-409', 'Saken endres samtidig av en annen forespørsel; prøv igjen');
    }
    const location = `${app.config.publicUrl}${api.prefix}/utleggsbegjaering/${encodeURIComponent(request.params.eksternSaksreferanse)}`;
    return reply.code(204).header('Location', location).send();
  });

  app.put('/valider/:eksternSaksreferanse', async (request: EndringRequest, reply) => {
    await valider(request, await les(request, reply));
    return reply.code(204).send();
  });
}
