/**
 * What start-up leaves for later — route schemas, the rules on the event loop, jose (docs/drift.md) — is prepared once
 * a listening server has answered its first request (as a rule a health check), in steps with requests between: a
 * client's first token, endring or duplicate then finds it ready. An app only driven by inject (the tests) is left lazy.
 */
import fp from 'fastify-plugin';
import { jose } from '../../auth/jose.js';

export default fp(
  async (app) => {
    let due = true;
    const warmUp = async () => {
      await jose();
      await app.regler.koder();
      await app.routeSchemas.compilePending();
    };
    app.addHook('onResponse', (_request, _reply, done) => {
      if (due && app.server.listening) {
        due = false;
        setImmediate(() => warmUp().catch((err: unknown) => app.log.error({ err }, 'warm-up failed')));
      }
      done();
    });
  },
  { name: 'warm-up', dependencies: ['rule-engine'] },
);
