/**
 * /sandbox/oversikt (modelled): the console's listings of the caller's organisation — its cases, one case in full,
 * its attachments — read without going through the API, so looking does not count in the conformance report.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../../../errors.js';
import * as oversikt from '../../../sandbox/oversikt.js';

type MedRef = FastifyRequest<{ Params: { eksternSaksreferanse: string } }>;

export default async function sandboxOversikt(app: FastifyInstance): Promise<void> {
  app.get('/saker', async (request) => {
    const tenant = await app.authenticateSandbox(request);
    return oversikt.saker(app, tenant.orgnr);
  });

  app.get('/saker/:eksternSaksreferanse', async (request: MedRef) => {
    const tenant = await app.authenticateSandbox(request);
    const ref = request.params.eksternSaksreferanse;
    const sak = oversikt.sak(app, tenant.orgnr, ref);
    if (!sak) throw new ApiError(404, 'KB-009', `Ingen treff på eksternSaksreferanse ${ref}`);
    return sak;
  });

  app.get('/vedlegg', async (request) => {
    const tenant = await app.authenticateSandbox(request);
    return oversikt.vedlegg(app, tenant.orgnr);
  });
}
