/** pino JSON logs with the Korrelasjonsid on every line of a request, including errors. */
import t from 'tap';
import { PassThrough } from 'node:stream';
import { buildApp } from '../../server/app.js';
import { API, testConfig } from '../helpers.js';

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
