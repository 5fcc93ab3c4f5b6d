/** Pact's provider states as a decorated service (`app.tilstander`, server/sandbox/tilstander.ts). */
import fp from 'fastify-plugin';
import { Tilstander } from '../../sandbox/tilstander.js';

declare module 'fastify' {
  interface FastifyInstance {
    tilstander: Tilstander;
  }
}

export default fp(
  async (app) => {
    app.decorate(
      'tilstander',
      new Tilstander({
        saker: app.saker,
        saksbehandling: app.saksbehandling,
        vedlegg: app.vedlegg,
        klienter: app.maskinporten.clients,
        partsregister: app.partsregister,
        clock: app.clock,
        ider: app.ider,
        modus: app.config.sandboxModus,
      }),
    );
  },
  { name: 'tilstander', dependencies: ['saker', 'vedlegg', 'auth', 'partsregister', 'clock', 'ider'] },
);
