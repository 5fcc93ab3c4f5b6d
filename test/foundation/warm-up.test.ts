/**
 * Route schemas are compiled lazily (server/schema-compiler.ts): none at start-up, a route's own at its first request,
 * and the rest once a listening server has answered its first request (plugins/app/warm-up.ts). An app driven only by
 * inject stays lazy.
 */
import t from 'tap';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { testApp } from '../helpers.js';

t.test('a route compiles its schema at its first request; a listening server compiles the rest after its first answer', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const before = app.routeSchemas.uncompiled;
  t.ok(before >= 10, `${before} route schemas wait after start-up`);

  const token = await app.inject({ method: 'POST', url: '/sandbox/token', payload: { orgnr: 'x' } });
  t.equal(token.statusCode, 400, 'the schema is applied');
  t.equal(app.routeSchemas.uncompiled, before - 1, 'only that route compiled its schema');
  await sleep(100);
  t.equal(app.routeSchemas.uncompiled, before - 1, 'inject alone warms up nothing');

  await app.listen({ port: 0, host: '127.0.0.1' });
  const health = await fetch(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}/health`);
  t.equal(health.status, 200);
  for (let i = 0; i < 500 && app.routeSchemas.uncompiled > 0; i++) await sleep(20);
  t.equal(app.routeSchemas.uncompiled, 0, 'every route schema compiled once the server was idle');
});
