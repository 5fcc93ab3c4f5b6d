/**
 * Cases: the repository and the lifecycle service, wired to case creation and the sandbox clock. In test-environment
 * mode (server/sandbox/modus.ts) a case is stored as received and nothing follows: no event, no automatic step (and
 * a step left scheduled by an earlier run has no handler, so the clock drops it).
 */
import fp from 'fastify-plugin';
import { SakRepository } from '../../sak/repository.js';
import { Saksbehandling, STEG_JOBB } from '../../sak/saksbehandling.js';

declare module 'fastify' {
  interface FastifyInstance {
    saker: SakRepository;
    saksbehandling: Saksbehandling;
  }
}

export default fp(
  async (app) => {
    const saker = new SakRepository(app.db, app.ider);
    const saksbehandling = new Saksbehandling({
      db: app.db,
      saker,
      clock: app.clock,
      hendelser: app.hendelser,
      stegMs: app.config.sakStegMs,
      beslutning: app.config.sakBeslutning,
    });
    if (app.config.sandboxModus === 'livssyklus') {
      saker.onOpprettet(saksbehandling.opprettet);
      app.clock.on(STEG_JOBB, saksbehandling.steg);
    }
    app.decorate('saker', saker);
    app.decorate('saksbehandling', saksbehandling);
  },
  { name: 'saker', dependencies: ['store', 'clock', 'hendelser', 'ider'] },
);
