/** Webhook registrations and their delivery loop (started when the app is ready, drained on close). */
import fp from 'fastify-plugin';
import { Webhooks } from '../../sak/webhooks.js';

declare module 'fastify' {
  interface FastifyInstance {
    webhooks: Webhooks;
  }
}

export default fp(
  async (app) => {
    const webhooks = new Webhooks(app.db, app.hendelser, (err) => app.log.error({ err }, 'webhook delivery failed'));
    app.decorate('webhooks', webhooks);
    app.addHook('onReady', async () => webhooks.start());
    app.addHook('preClose', async () => webhooks.stop());
  },
  { name: 'webhooks', dependencies: ['store', 'hendelser'] },
);
