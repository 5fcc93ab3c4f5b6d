/**
 * Endring (documented): PUT /utleggsbegjaering/{ref} validates a change against the stored case and stores it as
 * the next version, `ubehandlet`; PUT /utleggsbegjaering/valider/{ref} validates only. Both answer 204 with an
 * empty body (the beta spec's "empty body"), 422 with every violated rule, 404 KB-009 for a case the caller
 * does not have.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../../../errors.js';
import { API_PREFIX } from '../../../app.js';
import type { Endringsgrunnlag } from '../../../sak/saksbehandling.js';
import type { Begjaering } from '../../../../rules/lib/model.js';
import { advarUkjenteFelt, avvist } from '../../../begjaering/svar.js';

const schema = { body: { $ref: 'Begjaering#' } };
type EndringRequest = FastifyRequest<{ Params: { eksternSaksreferanse: string }; Body: Begjaering }>;

/** A lost race is retried on fresh state; after this many the caller is told to try again. */
const MAKS_FORSOEK = 3;

export default async function endring(app: FastifyInstance) {
  async function valider(request: EndringRequest, reply: FastifyReply): Promise<Endringsgrunnlag> {
    advarUkjenteFelt(app, request.body, reply);
    const ref = request.params.eksternSaksreferanse;
    const sak = app.saker.hent(request.tenant.orgnr, ref);
    if (!sak) throw new ApiError(404, 'KB-009', `Ingen treff på eksternSaksreferanse ${ref}`);
    const grunnlag = app.saksbehandling.endringsgrunnlag(sak);
    const kontrollutslag = await app.regler.valider(request.body, request.tenant, grunnlag.kontekst);
    if (kontrollutslag.length > 0) throw avvist(kontrollutslag);
    return grunnlag;
  }

  app.put('/:eksternSaksreferanse', { schema }, async (request: EndringRequest, reply) => {
    // A parallel endring that stored first leaves its version ubehandlet, so the retry answers UAVKLART_STATUS.
    for (let forsoek = 1; !app.saksbehandling.endre(await valider(request, reply), request.body); forsoek++) {
      if (forsoek >= MAKS_FORSOEK) throw new ApiError(409, 'KB-006', 'Saken endres samtidig av en annen forespørsel; prøv igjen');
    }
    const location = `${app.config.publicUrl}${API_PREFIX}/utleggsbegjaering/${encodeURIComponent(request.params.eksternSaksreferanse)}`;
    return reply.code(204).header('Location', location).send();
  });

  app.put('/valider/:eksternSaksreferanse', { schema }, async (request: EndringRequest, reply) => {
    await valider(request, reply);
    return reply.code(204).send();
  });
}
