/**
 * Status på sak (documented content and TEST_SAK_* table, modelled shape). In test-environment mode an own case has
 * no status ("man kan derfor ikke spørre på status mot disse"): 404, as the table's TEST_UGYLDIG.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../../../errors.js';
import { finnStatus } from '../../../sak/status.js';
import { MODELL } from '../../../../rules/lib/modell.js';
import { ingenStatusITestmiljoe } from '../../../sandbox/modus.js';

type WithRef = FastifyRequest<{ Params: { eksternSaksreferanse: string } }>;

export default async function status(app: FastifyInstance) {
  app.get('/:eksternSaksreferanse', async (request: WithRef) => {
    const ref = request.params.eksternSaksreferanse;
    const funnet = finnStatus(app.saker, request.tenant.orgnr, ref, MODELL[request.api!.modell]);
    if (!funnet) throw new ApiError(404, 'KB-009', `Ingen treff på eksternSaksreferanse ${ref}`);
    if (funnet.egen && app.config.sandboxModus === 'testmiljoe') throw ingenStatusITestmiljoe(ref);
    return funnet.status;
  });
}
