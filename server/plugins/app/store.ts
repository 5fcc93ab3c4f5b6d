/** The SQLite database as a decorated service; closed with the app. */
import fp from 'fastify-plugin';
import { openDatabase, type Db } from '../../store/database.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
  }
}

export default fp(
  async (app) => {
    const db = openDatabase(app.config.dbPath);
    app.decorate('db', db);
    app.addHook('onClose', async () => {
      db.close();
    });
  },
  { name: 'store' },
);
