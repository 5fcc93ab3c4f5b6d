/** The sandbox clock as a decorated service (shared by attachments and cases). */
import fp from 'fastify-plugin';
import { Clock } from '../../clock.js';

declare module 'fastify' {
  interface FastifyInstance {
    clock: Clock;
  }
}

export default fp(
  async (app) => {
    const clock = new Clock(app.db, (err, job) => app.log.error({ err, job }, 'scheduled job failed'));
    app.decorate('clock', clock);
    // Start only when the app is ready, so every handler is registered before pending work resumes.
    app.addHook('onReady', async () => clock.start());
    app.addHook('preClose', async () => clock.stop());
  },
  { name: 'clock', dependencies: ['store'] },
);
