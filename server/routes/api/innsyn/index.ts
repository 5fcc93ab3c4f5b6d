/**
 * Innsyn i ett trekk (documented content a–e and preconditions; modelled shape and synthetic figures): for the
 * saksøker's krav of a case decided with utleggstrekk whose trekk is not closed, to its saksøker or prosessfullmektig.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../../../errors.js';
import { innsynITrekk } from '../../../sak/innsyn.js';
import { innsynsnekt } from '../../../sak/innsynstilgang.js';
import { finnStatus } from '../../../sak/status.js';
import { MODELL } from '../../../../rules/lib/modell.js';

type WithRef = FastifyRequest<{ Params: { eksternSaksreferanse: string } }>;

export default async function innsyn(app: FastifyInstance) {
  app.get('/:eksternSaksreferanse', async (request: WithRef) => {
    const ref = request.params.eksternSaksreferanse;
    const { orgnr } = request.tenant;
    const m = MODELL[request.api!.modell];
    const funnet = finnStatus(app.saker, orgnr, ref, m);
    if (!funnet) throw new ApiError(404, 'KB-009', `Ingen treff på eksternSaksreferanse ${ref}`);
    const nekt = innsynsnekt(app.saker, orgnr, funnet);
    if (nekt) throw new ApiError(404, 'KB-009', nekt);
    const svar = innsynITrekk(funnet.status, m, app.clock.now(orgnr).toISOString().slice(0, 10));
    if ('grunn' in svar) throw new ApiError(404, 'KB-007', svar.grunn);
    return svar;
  });
}
