/** Innsyn i ett trekk (documented content a–e, modelled shape): only for a case decided with utleggstrekk. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../../../errors.js';
import { innsynITrekk } from '../../../sak/innsyn.js';
import { finnStatus, TREKKPLIKTIGE } from '../../../sak/status.js';
import { MODELL } from '../../../../rules/lib/modell.js';

type WithRef = FastifyRequest<{ Params: { eksternSaksreferanse: string } }>;

export default async function innsyn(app: FastifyInstance) {
  app.get('/:eksternSaksreferanse', async (request: WithRef) => {
    const ref = request.params.eksternSaksreferanse;
    const funnet = finnStatus(app.saker, request.tenant.orgnr, ref, MODELL[request.api!.modell]);
    if (!funnet) throw new ApiError(404, 'KB-009', `Ingen treff på eksternSaksreferanse ${ref}`);
    // The employer is synthetic: chosen by the case's row number (the fixtures take the first).
    const trekkpliktig = TREKKPLIKTIGE[(funnet.sak?.id ?? 0) % TREKKPLIKTIGE.length]!;
    const svar = innsynITrekk(funnet.status, trekkpliktig, app.clock.now(request.tenant.orgnr).toISOString().slice(0, 10));
    if (!svar) throw new ApiError(404, 'KB-007', `Sak ${ref} har ikke noe utleggstrekk å gi innsyn i`);
    return svar;
  });
}
