/**
 * POST /sandbox/vedlegg/{uuid}/status (SPEC §9, modelled): sets any status, e.g. `kassert`, to rehearse the
 * VEDLEGG_* rules. The status sticks (processing does not continue from it); an outcome status is an event;
 * slettet and kassert remove the files. Scoped to the caller's organisation (the admin token names it in X-Orgnr).
 * Test-environment mode refuses it (409): there, an attachment ends where its intake checks leave it.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { VedleggStatus } from '../../../../rules/types.js';
import { ingenTreff } from '../../../vedlegg/service.js';
import { ikkeBehandlet } from '../../../sandbox/modus.js';

type StatusRequest = FastifyRequest<{ Params: { uuid: string }; Body: { status: VedleggStatus } }>;

const schema = {
  params: { type: 'object', required: ['uuid'], properties: { uuid: { type: 'string', maxLength: 100 } } },
  body: { $ref: 'VedleggStatusRequest#' },
} as const;

export default async function sandboxVedlegg(app: FastifyInstance): Promise<void> {
  app.post(
    '/:uuid/status',
    {
      schema,
      onRequest: async (request) => {
        await app.authenticateSandbox(request);
        if (app.config.sandboxModus === 'testmiljoe') throw ikkeBehandlet('et vedlegg');
      },
    },
    async (request: StatusRequest) => {
      const stored = app.vedlegg.settStatus(request.tenant.orgnr, request.params.uuid, request.body.status);
      if (!stored) throw ingenTreff(request.params.uuid);
      return stored;
    },
  );
}
