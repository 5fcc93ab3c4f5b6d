/**
 * The event feed as a decorated service. Other services publish with
 * `app.hendelser.publiser(orgnr, type, data, {eksternSaksreferanse?, vedleggUuid?})` — synchronous and safe inside
 * their own better-sqlite3 transaction.
 */
import fp from 'fastify-plugin';
import { Hendelseslogg } from '../../sak/hendelser.js';

declare module 'fastify' {
  interface FastifyInstance {
    hendelser: Hendelseslogg;
  }
}

export default fp(
  async (app) => {
    app.decorate('hendelser', new Hendelseslogg(app.db, (orgnr) => app.clock.now(orgnr), app.ider, app.config.hendelserMaks, app.config.hendelserSideMaksBytes));
  },
  { name: 'hendelser', dependencies: ['store', 'clock', 'ider'] },
);
