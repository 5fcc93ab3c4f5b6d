/** The SQLite database as a decorated service; closed with the app. */
import fp from 'fastify-plugin';
import { openDatabase, startCheckpointer, type Db } from '../../store/database.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
  }
}

export default fp(
  async (app) => {
    const db = openDatabase(app.config.dbPath);
    app.decorate('db', db);
    const stopCheckpointer = startCheckpointer(db, (err) => app.log.error({ err }, 'WAL checkpoint failed'));
    app.addHook('onClose', async () => {
      await stopCheckpointer();
      db.close();
    });
  },
  { name: 'store' },
);
