/** Attachment lookups for the rules (the attachment service extends this plugin). */
import fp from 'fastify-plugin';
import type { VedleggInfo } from '../../../rules/types.js';

export interface VedleggOppslag {
  info(orgnr: string, uuid: string): VedleggInfo | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    vedlegg: VedleggOppslag;
  }
}

export default fp(
  async (app) => {
    const byUuid = app.db.prepare(
      'SELECT uuid, type, filnavn, status, innsender_referanse AS innsenderReferanse FROM vedlegg WHERE orgnr = ? AND uuid = ?',
    );
    app.decorate('vedlegg', { info: (orgnr: string, uuid: string) => byUuid.get(orgnr, uuid) as VedleggInfo | undefined });
  },
  { name: 'vedlegg', dependencies: ['store'] },
);
