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
    // The checkpointer thread starts once the app is ready, so that its start does not compete with the app's.
    let stopCheckpointer = async () => {};
    app.addHook('onReady', async () => {
      stopCheckpointer = startCheckpointer(db, (err) => app.log.error({ err }, 'WAL checkpoint failed'));
    });
    app.addHook('onClose', async () => {
      await stopCheckpointer();
      db.close();
    });
  },
  { name: 'store' },
);
