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
    const stopCheckpointer = startCheckpointer(app.config.dbPath, (err) => app.log.error({ err }, 'WAL checkpointer stopped'));
    app.decorate('db', db);
    app.addHook('onClose', async () => {
      await stopCheckpointer();
      db.close();
    });
  },
  { name: 'store' },
);
