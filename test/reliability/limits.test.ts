/**
 * Resource limits (SPEC §8, §11) over a real port: a body over the 4 MB limit on every route that takes one (413 with
 * the error body; the token endpoint in RFC 6749's shape), with and without Content-Length; clients that send
 * their headers or body too slowly, or nothing at all (408, connection closed); the request log bounded by
 * LOGG_MAKS; and /health answering within a generous bound while clients submit in a loop.
 */
import t from 'tap';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { API, example, testApp, tokenFor } from '../helpers.js';
import { dato, Klient } from './client.js';
import { errorBodyProblem, httpHead, oauthErrorProblem, rawRequest, startBuilt, tokenAt, type Answer } from './kit.js';

const ORG = '312597772';
const TIMEOUT_MS = 1500;

const app = await testApp({ requestTimeoutMs: TIMEOUT_MS, connectionTimeoutMs: 3000, loggMaks: 10 });
t.teardown(() => app.close());
await app.listen({ port: 0, host: '127.0.0.1' });
const port = (app.server.address() as { port: number }).port;
const base = `http://127.0.0.1:${port}`;
const token = await tokenFor(app, ORG);

const answer = async (res: Response): Promise<Answer> => ({ status: res.status, headers: Object.fromEntries(res.headers), body: await res.text() });
const ref = randomUUID();
const ROUTES: [string, string][] = [
  ['POST', `${API}/utleggsbegjaering`], ['POST', `${API}/utleggsbegjaering/valider`], ['PUT', `${API}/utleggsbegjaering/${ref}`],
  ['PUT', `${API}/utleggsbegjaering/valider/${ref}`], ['POST', `${API}/betjeningskart`], ['POST', `${API}/vedlegg`],
  ['POST', '/sandbox/token'], ['POST', '/sandbox/klienter'], ['POST', '/sandbox/klokke'], ['POST', '/sandbox/feil'], ['POST', '/sandbox/reset'],
  ['POST', '/sandbox/webhooks'], ['POST', `/sandbox/saker/${ref}/status`], ['POST', `/sandbox/saker/${ref}/retting`], ['POST', `/sandbox/vedlegg/${ref}/status`],
];
const BIG = `{"x":"${'a'.repeat(5 * 1024 * 1024)}"}`;

t.test('a body over the limit on every route: 413 with the error body', async (t) => {
  for (const [method, path] of ROUTES) {
    const res = await answer(await fetch(`${base}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: BIG }));
    t.equal(res.status, 413, `${method} ${path}`);
    t.equal(errorBodyProblem(res), undefined, `${method} ${path}: error body`);
  }
  // Without Content-Length the limit is enforced while the body streams in.
  const chunked = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < 6; i++) controller.enqueue(new Uint8Array(1024 * 1024).fill(32));
      controller.close();
    },
  });
  const streamed = await answer(await fetch(`${base}${API}/utleggsbegjaering`, {
    method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: chunked, duplex: 'half',
  } as RequestInit));
  t.equal(streamed.status, 413, 'chunked, no Content-Length');
  t.equal(errorBodyProblem(streamed), undefined);
  const form = await answer(await fetch(`${base}/maskinporten/token`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `assertion=${'a'.repeat(1024 * 1024)}`,
  }));
  t.equal(oauthErrorProblem(form), undefined, `the token endpoint: ${form.status} in RFC 6749's shape`);
  t.comment(`${ROUTES.length + 2} oversized bodies refused`);
});

t.test('slow and silent clients are cut off with 408', async (t) => {
  const body = JSON.stringify(example('enkel'));
  const head = (extra: Record<string, string | number> = {}) => httpHead(`POST ${API}/utleggsbegjaering/valider HTTP/1.1`, {
    Host: `127.0.0.1:${port}`, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Connection: 'close', ...extra,
  });
  const headers = head({ 'Content-Length': Buffer.byteLength(body) });
  const cases: [string, () => ReturnType<typeof rawRequest>][] = [
    ['headers one line every 300 ms', () => rawRequest(port, `POST ${API}/utleggsbegjaering/valider HTTP/1.1\r\n`, Array.from({ length: 40 }, (_, i) => `X-Linje-${i}: ${i}\r\n`), 300, 20_000)],
    ['a body of 10 bytes every 200 ms', () => rawRequest(port, headers, body.match(/[\s\S]{1,10}/g)!, 200, 20_000)],
    ['half a body, then silence', () => rawRequest(port, headers, [body.slice(0, 100)], 0, 20_000)],
    ['a connection that sends nothing', () => rawRequest(port, '', [], 0, 20_000)],
  ];
  for (const [name, send] of cases) {
    const res = await send();
    t.ok(res.ms < 15_000, `${name}: closed after ${Math.round(res.ms)} ms (timeout ${TIMEOUT_MS} ms)`);
    if (res.status !== 0) {
      t.equal(res.status, 408, name);
      t.equal(errorBodyProblem({ status: res.status, headers: res.headers, body: res.body }), undefined, `${name}: error body`);
    }
  }
  t.equal((await fetch(`${base}/health`)).status, 200, 'still healthy');
});

t.test('the request log keeps at most LOGG_MAKS entries per organisation', async (t) => {
  for (let i = 0; i < 40; i++) {
    await fetch(`${base}${API}/status/finnes-ikke-${i}`, { headers: { authorization: `Bearer ${token}` } });
    await fetch(`${base}${API}/status/uten-token-${i}`);
  }
  app.forespoerselslogg.flush();
  const antall = app.db.prepare('SELECT orgnr, count(*) AS n FROM forespoersel_logg GROUP BY orgnr').all() as { orgnr: string | null; n: number }[];
  t.ok(antall.length >= 2 && antall.every((r) => r.n <= 10), `per organisation (and without one): ${JSON.stringify(antall)}`);
  const logg = await fetch(`${base}/sandbox/logg?grense=1000`, { headers: { authorization: `Bearer ${token}` } });
  const body = (await logg.json()) as unknown;
  const entries = Array.isArray(body) ? body : ((body as Record<string, unknown>).forespoersler ?? (body as Record<string, unknown>).logg);
  t.ok(Array.isArray(entries) && entries.length <= 10, `GET /sandbox/logg answers ${Array.isArray(entries) ? entries.length : 'no list'} entries`);
});

t.test('/health answers within 1 s while 6 clients submit in a loop (compiled server)', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'reliability-limits-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const server = await startBuilt({ DB_PATH: join(dir, 'sandbox.db') });
  t.teardown(() => server.stop('SIGTERM'));
  const klient = new Klient(server.url, await tokenAt(server.url, ORG));
  const begjaering = await klient.medVedlegg({ ...example('enkel'), innsenderReferanse: 'last-1' });
  let stopp = false;
  let innsendt = 0;
  const klienter = Array.from({ length: 6 }, async (_, k) => {
    for (let n = 0; !stopp; n++) {
      const res = await klient.sendInn({ ...begjaering, begjaeringsdato: dato(k * 5000 + n) });
      if (res.status === 201) innsendt++;
    }
  });
  const latenser: number[] = [];
  let ikkeOk = 0;
  const slutt = performance.now() + 6000;
  while (performance.now() < slutt) {
    const start = performance.now();
    const res = await fetch(`${server.url}/health`);
    latenser.push(performance.now() - start);
    if (res.status !== 200) ikkeOk++;
    await new Promise((r) => setTimeout(r, 50));
  }
  stopp = true;
  await Promise.all(klienter);
  latenser.sort((a, b) => a - b);
  const p = (q: number) => Math.round(latenser[Math.min(latenser.length - 1, Math.floor(q * latenser.length))]!);
  t.comment(`${latenser.length} /health polls during ${innsendt} submissions: p50 ${p(0.5)} ms, p99 ${p(0.99)} ms, max ${p(1)} ms`);
  t.equal(ikkeOk, 0, 'every /health answered 200');
  t.ok(p(1) < 1000, `every /health answered within 1 s (max ${p(1)} ms)`);
  t.ok(innsendt > 0, 'the load was real');
});
