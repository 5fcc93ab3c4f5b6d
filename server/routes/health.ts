import type { FastifyInstance } from 'fastify';

/** Healthy when the database answers (SPEC §8); says which mode the sandbox runs in (SANDBOX_MODUS). */
export default async function health(app: FastifyInstance) {
  const ping = app.db.prepare('SELECT 1');
  app.get('/health', { schema: { hide: true } }, async () => {
    ping.get();
    return { status: 'ok', modus: app.config.sandboxModus };
  });
}
