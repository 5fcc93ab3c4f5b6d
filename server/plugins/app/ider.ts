/** Generated identifiers as a decorated service (`app.ider`): random, or seeded in deterministic mode (SANDBOX_SEED). */
import fp from 'fastify-plugin';
import { SeededeIder, tilfeldigeIder, type Ider } from '../../store/ider.js';
import type { Db } from '../../store/database.js';

declare module 'fastify' {
  interface FastifyInstance {
    ider: Ider;
  }
}

/** This start's generation of the seeded sequence: a restart on the same database never repeats an identifier. */
function nesteGenerasjon(db: Db): number {
  return db.prepare('UPDATE ider_generasjon SET generasjon = generasjon + 1 WHERE id = 1 RETURNING generasjon').pluck().get() as number;
}

export default fp(
  async (app) => {
    const d = app.config.deterministisk;
    app.decorate('ider', d ? new SeededeIder(`${d.seed}/${nesteGenerasjon(app.db)}`) : tilfeldigeIder);
  },
  { name: 'ider', dependencies: ['store'] },
);
