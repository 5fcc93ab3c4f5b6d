/** pino JSON logs with the Korrelasjonsid on every line of a request, including errors. */
import t from 'tap';
import { PassThrough } from 'node:stream';
import { buildApp } from '../../server/app.js';
import { API, testConfig, tokenFor } from '../helpers.js';

t.test('every request log line carries the korrelasjonsid', async (t) => {
  const stream = new PassThrough();
  const lines: Record<string, unknown>[] = [];
  stream.on('data', (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).forEach((l) => lines.push(JSON.parse(l))));
  const app = await buildApp(testConfig({ logLevel: 'info' }), { logStream: stream });
  t.teardown(() => app.close());
  await app.ready();
  await app.inject({ method: 'GET', url: '/health', headers: { korrelasjonsid: 'k-health' } });
  await app.inject({ method: 'GET', url: `${API}/status/x`, headers: { korrelasjonsid: 'k-refused' } });
  const requestLines = lines.filter((l) => l.req || l.res || l.err);
  t.ok(requestLines.length >= 4, `${requestLines.length} request log lines`);
  for (const line of requestLines) t.match(line.korrelasjonsid, /^k-(health|refused)$/, String(line.msg));
});

t.test('a token in the query (a provider-state call) is not logged', async (t) => {
  const stream = new PassThrough();
  let logget = '';
  stream.on('data', (chunk: Buffer) => (logget += chunk.toString()));
  const app = await buildApp(testConfig({ logLevel: 'info' }), { logStream: stream });
  t.teardown(() => app.close());
  await app.ready();
  const token = await tokenFor(app, '312597772');
  const res = await app.inject({ method: 'POST', url: `/sandbox/provider-states?access_token=${token}`, payload: { state: 'klient registrert' } });
  t.equal(res.statusCode, 200);
  t.match(logget, '/sandbox/provider-states?access_token=***', 'the URL is logged');
  t.notMatch(logget, token.slice(-20));
});
