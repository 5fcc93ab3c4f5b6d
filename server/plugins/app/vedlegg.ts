/**
 * The attachment store as a decorated service (`app.vedlegg`): the rules' lookup `info(orgnr, uuid)` plus upload,
 * processing on the sandbox clock, deletion and sandbox status changes (server/vedlegg).
 */
import fp from 'fastify-plugin';
import { VedleggService } from '../../vedlegg/service.js';

declare module 'fastify' {
  interface FastifyInstance {
    vedlegg: VedleggService;
  }
}

export default fp(
  async (app) => {
    const service = new VedleggService({
      db: app.db,
      dbPath: app.config.dbPath,
      clock: app.clock,
      ider: app.ider,
      stegMs: app.config.vedleggStegMs,
      // Outcomes are events of the organisation's feed (and webhooks), in the same transaction as the status. The
      // event names the case uploaded for, when there is one yet: the newest with the attachment's innsenderReferanse.
      varsle: (orgnr, uuid, status) => {
        const innsenderReferanse = service.info(orgnr, uuid)?.innsenderReferanse;
        const eksternSaksreferanse = innsenderReferanse === undefined
          ? undefined
          : app.saker.medInnsenderReferanse(orgnr, innsenderReferanse);
        app.hendelser.publiser(orgnr, 'vedleggStatusEndret', { status, innsenderReferanse }, {
          vedleggUuid: uuid,
          ...(eksternSaksreferanse !== undefined && { eksternSaksreferanse }),
        });
      },
      log: app.log,
    });
    app.decorate('vedlegg', service);
    app.addHook('onReady', async () => service.recover());
    app.addHook('onClose', async () => service.close());
  },
  { name: 'vedlegg', dependencies: ['store', 'clock', 'hendelser', 'saker', 'ider'] },
);
