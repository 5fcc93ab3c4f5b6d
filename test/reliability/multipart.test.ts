/**
 * Multipart abuse at POST /vedlegg (SPEC §5): oversized files, too many parts, cut-off and malformed bodies, and a
 * client that trickles its upload past REQUEST_TIMEOUT_MS over a real socket. Every one gets a 4xx with the error
 * body, and nothing is stored: no vedlegg row, no file in original/, no temporary file left behind.
 */
import t, { type Test } from 'tap';
import type { FastifyInstance } from 'fastify';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API, testApp, tokenFor } from '../helpers.js';
import { multipartBody } from '../vedlegg-fixture.js';
import { errorBodyProblem, httpHead, rawRequest, sleep, type Answer } from './kit.js';

const ORG = '312597772';
const MAX = 64 * 1024;
const FELT = { type: 'annet', innsenderReferanse: 'abuse-1', filnavn: 'a.txt' };

const dir = mkdtempSync(join(tmpdir(), 'reliability-multipart-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
const dbPath = join(dir, 'sandbox.db');
const app = await testApp({ dbPath, vedleggMaxBytes: MAX, requestTimeoutMs: 1500, connectionTimeoutMs: 5000 });
t.teardown(() => app.close());
const token = await tokenFor(app, ORG);
const files = join(`${dbPath}-vedlegg`);

const rows = () => app.db.prepare('SELECT count(*) FROM vedlegg').pluck().get() as number;
const stored = () => ({ rows: rows(), original: readdirSync(join(files, 'original')).length, tmp: readdirSync(join(files, 'tmp')).length });

/** The store as it was before, once the upload's cleanup (asynchronous after a socket error) has run. */
async function nothingStored(t: Test, before: ReturnType<typeof stored>): Promise<void> {
  for (let i = 0; i < 50 && stored().tmp > 0; i++) await sleep(100);
  t.same(stored(), { ...before, tmp: 0 }, 'nothing stored, no temporary file left');
}

function upload(payload: Buffer | string, contentType: string) {
  return app.inject({ method: 'POST', url: `${API}/vedlegg`, headers: { authorization: `Bearer ${token}`, 'content-type': contentType }, payload });
}

const answer = (res: { statusCode: number; headers: object; body: string }): Answer => ({ status: res.statusCode, headers: res.headers as Answer['headers'], body: res.body });

const abuses: { name: string; status: number; send: () => ReturnType<typeof upload> }[] = [
  { name: 'a file one byte over VEDLEGG_MAX_BYTES', status: 413, send: () => { const m = multipartBody(FELT, { navn: 'a.txt', innhold: Buffer.alloc(MAX + 1, 'a') }); return upload(m.payload, m.headers['content-type']!); } },
  { name: 'a file far over the limit, fields after it', status: 413, send: () => {
    const m = multipartBody({}, { navn: 'a.txt', innhold: Buffer.alloc(MAX * 8, 'b') });
    const tail = multipartBody(FELT).payload.toString().replace(/^--([^\r]+)/, '');
    return upload(Buffer.concat([m.payload.subarray(0, m.payload.length - 4), Buffer.from(`\r\n${tail}`)]), m.headers['content-type']!);
  } },
  { name: '500 text parts', status: 413, send: () => {
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`f${i}`, 'x']));
    const m = multipartBody({ ...FELT, ...many }, { navn: 'a.txt', innhold: 'hei' });
    return upload(m.payload, m.headers['content-type']!);
  } },
  { name: 'five file parts', status: 413, send: () => {
    const boundary = 'grense';
    const part = (name: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${name}.txt"\r\nContent-Type: text/plain\r\n\r\nhei\r\n`;
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\nannet\r\n${['fil', 'x1', 'x2', 'x3', 'x4'].map(part).join('')}--${boundary}--\r\n`;
    return upload(body, `multipart/form-data; boundary=${boundary}`);
  } },
  { name: 'a body cut off in the middle of the file', status: 400, send: () => {
    const m = multipartBody(FELT, { navn: 'a.txt', innhold: Buffer.alloc(4000, 'c') });
    return upload(m.payload.subarray(0, m.payload.length - 2000), m.headers['content-type']!);
  } },
  { name: 'a body cut off in the headers of a part', status: 400, send: () => {
    const m = multipartBody(FELT, { navn: 'a.txt', innhold: 'hei' });
    const cut = m.payload.toString().indexOf('Content-Disposition: form-data; name="fil"') + 20;
    return upload(m.payload.subarray(0, cut), m.headers['content-type']!);
  } },
  { name: 'multipart/form-data without a boundary', status: 400, send: () => upload(multipartBody(FELT, { navn: 'a.txt', innhold: 'hei' }).payload, 'multipart/form-data') },
  { name: 'a boundary the body does not use', status: 400, send: () => upload(multipartBody(FELT, { navn: 'a.txt', innhold: 'hei' }).payload, 'multipart/form-data; boundary=annen') },
  { name: 'an empty multipart body', status: 400, send: () => upload('', 'multipart/form-data; boundary=grense') },
  { name: 'a text field over the field size limit', status: 400, send: () => {
    const m = multipartBody({ ...FELT, innsenderReferanse: 'r'.repeat(70 * 1024) }, { navn: 'a.txt', innhold: 'hei' });
    return upload(m.payload, m.headers['content-type']!);
  } },
  { name: 'a 300-character file name with control characters', status: 400, send: () => {
    const m = multipartBody({ ...FELT, filnavn: `${'n'.repeat(300)}\u0001.txt` }, { navn: 'a.txt', innhold: 'hei' });
    return upload(m.payload, m.headers['content-type']!);
  } },
];

t.test('abusive uploads: 4xx with the error body, nothing stored', async (t) => {
  for (const abuse of abuses) {
    const before = stored();
    const res = await abuse.send();
    t.equal(res.statusCode, abuse.status, `${abuse.name}: ${res.body.slice(0, 200)}`);
    t.equal(errorBodyProblem(answer(res)), undefined, `${abuse.name}: error body`);
    await nothingStored(t, before);
  }
  t.comment(`${abuses.length} abusive uploads refused`);
});

t.test('the control: a proper upload is stored (the checks above can fail)', async (t) => {
  const before = stored();
  const m = multipartBody(FELT, { navn: 'a.txt', innhold: Buffer.alloc(MAX, 'd') });
  const res = await upload(m.payload, m.headers['content-type']!);
  t.equal(res.statusCode, 201, res.body);
  t.equal(stored().rows, before.rows + 1);
  t.equal(stored().original, before.original + 1);
});

t.test('over a real socket', async (t) => {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const m = multipartBody(FELT, { navn: 'a.txt', innhold: Buffer.alloc(20_000, 'e') });
  const head = httpHead(`POST ${API}/vedlegg HTTP/1.1`, {
    Host: `127.0.0.1:${port}`, Authorization: `Bearer ${token}`, 'Content-Type': m.headers['content-type']!, 'Content-Length': m.payload.length, Connection: 'close',
  });

  await t.test('a trickled upload that outlasts REQUEST_TIMEOUT_MS: 408 with the error body, nothing stored', async (t) => {
    const before = stored();
    const chunks = Array.from({ length: Math.ceil(m.payload.length / 200) }, (_, i) => m.payload.subarray(i * 200, (i + 1) * 200));
    const res = await rawRequest(port, head, chunks, 100, 20_000);
    t.equal(res.status, 408, res.body);
    t.equal(errorBodyProblem({ status: res.status, headers: res.headers, body: res.body }), undefined, 'error body');
    t.ok(res.ms < 15_000, `cut off after ${Math.round(res.ms)} ms (timeout 1500 ms)`);
    await nothingStored(t, before);
  });

  await t.test('a client that sends half the upload and hangs up: nothing stored, server healthy', async (t) => {
    const before = stored();
    const res = await rawRequest(port, head, [m.payload.subarray(0, 10_000)], 0, 300);
    t.equal(res.status, 0, 'no answer before the client left');
    await nothingStored(t, before);
    t.equal((await fetch(`http://127.0.0.1:${port}/health`)).status, 200);
  });

  await t.test('the same upload sent promptly is stored', async (t) => {
    const res = await rawRequest(port, head, [m.payload], 0, 20_000);
    t.equal(res.status, 201, res.body);
  });
});
