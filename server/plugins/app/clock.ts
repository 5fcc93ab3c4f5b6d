/** The sandbox clock per organisation as a decorated service (shared by attachments and cases). */
import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import { Clock } from '../../clock.js';

declare module 'fastify' {
  interface FastifyInstance {
    clock: Clock;
  }
}

export default fp(
  async (app) => {
    const clock = new Clock(app.db, {
      startMs: app.config.deterministisk?.startMs,
      onError: (err, job) => app.log.error({ err, job }, 'scheduled job failed'),
    });
    app.decorate('clock', clock);
    // Deterministic mode: the HTTP Date is sandbox time as well (the caller's), so answers repeat byte for byte.
    if (app.config.deterministisk) {
      app.addHook('onSend', (request, reply, payload, done) => {
        const tenant = request.tenant as FastifyRequest['tenant'] | null;
        reply.header('date', clock.now(tenant?.orgnr ?? null).toUTCString());
        done(null, payload);
      });
    }
    // Start only when the app is ready, so every handler is registered before pending work resumes.
    app.addHook('onReady', async () => clock.start());
    app.addHook('preClose', async () => clock.stop());
  },
  { name: 'clock', dependencies: ['store'] },
);
