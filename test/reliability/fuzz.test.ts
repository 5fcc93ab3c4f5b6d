/**
 * Fuzzing (SPEC §2, §11), against the built server on 127.0.0.1: seeded mutations of the official examples and of the headers, sent to every POST/PUT route
 * that takes a body. Invariant: a documented status, a well-formed error body for every error (the token endpoint:
 * RFC 6749's), never a 500, and /health stays 200. Replay a run with FUZZ_SEED=<seed>; FUZZ_CASES sets the count.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { API, example } from '../helpers.js';
import { Klient } from './client.js';
import { errorBodyProblem, oauthErrorProblem, Prng, seedFrom, startBuilt, tokenAt, type Answer } from './kit.js';

const ORG = '312597772';
const OTHER_ORG = '311758489';
const SEED = seedFrom('FUZZ_SEED');
const CASES = Number(process.env.FUZZ_CASES ?? 3000);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

const rng = new Prng(SEED);
/** Each case a fresh innsenderReferanse now and then, so submissions also succeed (201) and are not all duplicates. */
let serial = 0;
const MB = 'x'.repeat(1024 * 1024);
const WEIRD_STRINGS = ['', ' ', '\u0000', '\ud800', '😀'.repeat(50), '\u202e', 'æøå'.repeat(20), '<feil>&amp;</feil>', "'; DROP TABLE sak;--", '%s%n', '../../etc/passwd'];
const WEIRD_NUMBERS = [1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -0, 0.1 + 0.2, 5e-324, 123.456789, -1, 0, 2 ** 31, 1.5];

/** Every (container, key) in the tree, so a mutation can hit any field at any depth. */
function slots(root: Json): [Container, string | number][] {
  const found: [Container, string | number][] = [];
  const walk = (node: Json) => {
    if (Array.isArray(node)) node.forEach((v, i) => (found.push([node, i]), walk(v)));
    else if (node !== null && typeof node === 'object') for (const [k, v] of Object.entries(node)) found.push([node, k]), walk(v);
  };
  walk(root);
  return found;
}

/** Raw JSON text that no value can stringify to, placed at any depth through a marker string. */
const RAW: Record<string, () => string> = {
  RAW_HUGE: () => rng.pick(['1e400', '-1e400', '1E+400', '-0', '0e0', '1.00000000000000000000001', '123456789012345678901234567890']),
  RAW_DEEP: () => (rng.chance(0.5) ? `${'['.repeat(DEEP)}${']'.repeat(DEEP)}` : `${'{"a":'.repeat(DEEP)}1${'}'.repeat(DEEP)}`),
};
const DEEP = 10_000;
/** The token endpoint's form limit; every other route allows more. */
const SMALLEST_BODY_LIMIT = 64 * 1024;

/** Mostly a value of the same type (so the schema passes and the rules see it), sometimes anything. */
function sameType(old: Json): Json {
  if (typeof old === 'string') return rng.chance(0.1) ? MB : rng.pick([...WEIRD_STRINGS, 'y'.repeat(rng.int(5000)), `${old}${old}`]);
  if (typeof old === 'number') return rng.pick(WEIRD_NUMBERS);
  if (typeof old === 'boolean') return !old;
  if (Array.isArray(old)) {
    if (old.length === 0) return old;
    // 10 000 copies only of a small array: an earlier mutation may have put the 1 MB string in it (10 GB).
    if (rng.chance(0.15) && JSON.stringify(old).length < 50_000) return Array.from({ length: 10_000 }, () => structuredClone(rng.pick(old)));
    return rng.pick([[], [...old, ...old], old.slice(1), [old[0]!, old[0]!]]);
  }
  return old;
}

function replacement(old: Json): Json {
  switch (rng.int(14)) {
    case 0: return null;
    case 1: return typeof old === 'string' ? 42 : String(old);
    case 2: return rng.pick(WEIRD_NUMBERS);
    case 3: return rng.chance(0.5);
    case 4: return {};
    case 5: return [];
    case 6: return [old];
    case 7: return { verdi: old };
    case 8: return rng.pick(Object.keys(RAW));
    default: return sameType(old);
  }
}

function mutateTree(root: Json): Json {
  const all = slots(root);
  for (let n = 1 + rng.int(3); n > 0 && all.length > 0; n--) {
    const [container, key] = rng.pick(all);
    if (rng.chance(0.15) && !Array.isArray(container)) delete container[key as string];
    else (container as Record<string | number, Json>)[key] = replacement((container as Record<string | number, Json>)[key]!);
  }
  return root;
}

/** Mutations of the JSON text itself: what JSON.stringify can never produce. */
function mutateText(text: string): string | Buffer {
  const at = (i: number, insert: string) => text.slice(0, i) + insert + text.slice(i);
  const brace = () => {
    const positions = [...text.matchAll(/\{/g)].map((m) => m.index!);
    return positions.length ? rng.pick(positions) + 1 : -1;
  };
  switch (rng.int(11)) {
    case 0: return text.replace(/:(-?\d+(\.\d+)?)/, rng.pick([':1e400', ':-1e400', ':1E+400', ':-0', ':0e0', ':1.00000000000000000000001']));
    case 1: return `{"a":${'['.repeat(DEEP)}${']'.repeat(DEEP)}}`;
    case 2: return `${'{"a":'.repeat(DEEP)}1${'}'.repeat(DEEP)}`;
    case 3: {
      const i = brace();
      return i < 0 ? text : at(i, rng.pick(['"innsenderReferanse":"dup",', '"__proto__":{"admin":true,"orgnr":"311758489"},', '"constructor":{"prototype":{"admin":true}},', '"begjaeringsdato":"2024-02-02","begjaeringsdato":1,']));
    }
    case 4: {
      const i = text.indexOf('"', rng.int(text.length));
      const bytes = Buffer.from(rng.pick([[0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80]]));
      return i < 0 ? Buffer.concat([Buffer.from(text), bytes]) : Buffer.concat([Buffer.from(text.slice(0, i + 1)), bytes, Buffer.from(text.slice(i + 1))]);
    }
    case 5: return text.slice(0, rng.int(text.length));
    case 6: return text + rng.pick(['}', ',', ' garbage', '\u0000', '{}']);
    case 7: return `\ufeff${text}`;
    case 8: return rng.pick(['', ' ', 'null', '[]', '"tekst"', '123', 'true', '{}', '{"__proto__":null}']);
    case 9: return text.replace(/"[a-zA-Z]+":/, '"__proto__":');
    default: return text.replace(/"([a-zA-Z]+)":/, '"$1":"shadow","$1":');
  }
}

const ACCEPTS = ['application/json', 'application/xml', 'text/xml', '*/*', 'text/html', 'application/problem+json', 'image/png', 'application/json;q=0', 'garbage;;;', '', 'application/xml, application/json', 'x'.repeat(5000)];
const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/json; charset=latin1', 'application/json; charset=utf-16', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'multipart/form-data; boundary=', 'application/xml', 'application/vnd.api+json', '', 'å/ø', 'application/json; boundary=x; charset="utf-8"'];
const KORRELASJONSIDER = ['x'.repeat(10_000), 'ææææ', '', ' ', '../../', '00000000-0000-0000-0000-000000000000', 'a b c', '<script>', 'ok-id_1.2'];

function authorization(tokens: Tokens): string | undefined {
  if (!rng.chance(0.2)) return `Bearer ${tokens.org}`;
  return rng.pick([
    undefined, 'Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', 'Bearer a.b.c', 'Bearer ....', `Bearer ${'A'.repeat(100_000)}`,
    `Bearer ${tokens.org}x`, `Bearer ${tokens.org.split('.').slice(0, 2).join('.')}.`, `bearer ${tokens.org}`, `Bearer  ${tokens.org} `,
    `Bearer ${tokens.other}`, `Bearer ${tokens.noScope}`, `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.e30.`, 'Bearer ÿÿÿ',
  ]);
}

interface Tokens {
  org: string;
  other: string;
  noScope: string;
}

interface Target {
  name: string;
  method: 'POST' | 'PUT';
  url: () => string;
  base: () => Json;
  form?: boolean;
}

async function setup(url: string) {
  const org = await tokenAt(url, ORG);
  const tokens: Tokens = { org, other: await tokenAt(url, OTHER_ORG), noScope: await tokenAt(url, ORG, { scope: 'annet:scope' }) };
  const klient = new Klient(url, org);
  const enkel = (await klient.medVedlegg(example('enkel'))) as Json;
  const kompleks = (await klient.medVedlegg(example('kompleks'))) as Json;
  const first = await klient.sendInn(enkel);
  if (first.status !== 201) throw new Error(`setup submission: ${first.status} ${first.text}`);
  const ref = first.body.eksternSaksreferanse as string;
  const begjaering = () => {
    const copy = structuredClone(rng.chance(0.5) ? enkel : kompleks) as Record<string, Json>;
    if (rng.chance(0.5)) copy.innsenderReferanse = `fuzz-${SEED}-${serial++}`;
    return copy;
  };
  const oddRef = () => rng.pick([ref, ref, encodeURIComponent('æøå'), 'x'.repeat(2000), '%2e%2e', 'TEST_SAK_OPPRETTET', '%00', '%E0%A4%A', '%', '%ZZ']);
  const targets: Target[] = [
    { name: 'POST utleggsbegjaering', method: 'POST', url: () => `${API}/utleggsbegjaering`, base: begjaering },
    { name: 'POST valider', method: 'POST', url: () => `${API}/utleggsbegjaering/valider`, base: begjaering },
    { name: 'PUT endring', method: 'PUT', url: () => `${API}/utleggsbegjaering/${oddRef()}`, base: begjaering },
    { name: 'PUT valider endring', method: 'PUT', url: () => `${API}/utleggsbegjaering/valider/${oddRef()}`, base: begjaering },
    { name: 'POST vedlegg', method: 'POST', url: () => `${API}/vedlegg`, base: () => ({ type: 'annet', innsenderReferanse: 'x', fil: 'abc' }) },
    { name: 'POST betjeningskart', method: 'POST', url: () => `${API}/betjeningskart`, base: () => ({ identifikatorer: ['08907395937', '312597772'] }) },
    { name: 'POST sandbox/token', method: 'POST', url: () => '/sandbox/token', base: () => ({ orgnr: ORG, systembrukerOrgnr: OTHER_ORG, scope: 'skatteetaten:utleggsbegjaering', levetidSekunder: 60 }) },
    { name: 'POST maskinporten/token', method: 'POST', url: () => '/maskinporten/token', form: true, base: () => ({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: org }) },
  ];
  return { tokens, targets, klient };
}

interface Sending {
  method: string;
  path: string;
  headers: OutgoingHttpHeaders;
  payload: string | Buffer;
}

/** node:http rather than fetch: it sends any latin1 header value and any body bytes exactly as given. */
function send(port: number, agent: Agent, s: Sending): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, agent, method: s.method, path: s.path, headers: s.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers as Answer['headers'], body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(s.payload);
  });
}

function formBody(value: Json): string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return String(value);
  return new URLSearchParams(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])).toString();
}

function request(target: Target, tokens: Tokens): { sending: Sending; what: string } {
  let body: Json = target.base();
  const what: string[] = [target.name];
  if (rng.chance(0.8)) body = mutateTree(body), what.push('tree');
  let payload: string | Buffer = target.form ? formBody(body) : JSON.stringify(body).replace(/"(RAW_[A-Z]+)"/g, (_, name: string) => RAW[name]!());
  if (rng.chance(0.35)) payload = mutateText(payload.toString()), what.push('text');
  const headers: Record<string, string> = { 'content-type': target.form ? 'application/x-www-form-urlencoded' : 'application/json' };
  const auth = authorization(tokens);
  if (auth !== undefined) headers.authorization = auth;
  if (rng.chance(0.2)) headers.accept = rng.pick(ACCEPTS), what.push(`accept=${headers.accept.slice(0, 30)}`);
  if (rng.chance(0.2)) headers['content-type'] = rng.pick(CONTENT_TYPES), what.push(`ct=${headers['content-type']}`);
  if (rng.chance(0.15)) headers.korrelasjonsid = rng.pick(KORRELASJONSIDER);
  if (rng.chance(0.05)) delete headers['content-type'];
  return { sending: { method: target.method, path: target.url(), headers, payload }, what: what.join(' ') };
}

t.test(`fuzz ${CASES} requests, seed ${SEED}`, async (t) => {
  t.comment(`FUZZ_SEED=${SEED} FUZZ_CASES=${CASES}`);
  const dir = mkdtempSync(join(tmpdir(), 'reliability-fuzz-'));
  const server = await startBuilt({ DB_PATH: join(dir, 'sandbox.db'), LOG_LEVEL: 'silent' });
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  t.teardown(async () => {
    agent.destroy();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  const port = Number(new URL(server.url).port);
  const health = async () => (await fetch(`${server.url}/health`)).status;
  const { tokens, targets, klient } = await setup(server.url);
  const statuses = new Map<string, number>();
  // One example per kind of finding (route, status, first words of the problem), so one bug does not hide another.
  const findings = new Map<string, string>();
  const started = performance.now();
  for (let i = 0; i < CASES; i++) {
    const target = rng.pick(targets);
    const { sending, what } = request(target, tokens);
    let answer: Answer;
    try {
      answer = await send(port, agent, sending);
    } catch (err) {
      // A body far over a route's limit may be answered and the connection closed while we still write it.
      const code = (err as NodeJS.ErrnoException).code;
      const early = (code === 'EPIPE' || code === 'ECONNRESET') && Buffer.byteLength(sending.payload) > SMALLEST_BODY_LIMIT;
      if (!early) findings.set(`${target.name} no answer`, `#${i} ${what}: ${(err as Error).message}`);
      statuses.set(`${target.name} closed early`, (statuses.get(`${target.name} closed early`) ?? 0) + 1);
      continue;
    }
    const problem = target.form ? oauthErrorProblem(answer) : errorBodyProblem(answer);
    const key = `${target.name} ${answer.status}`;
    statuses.set(key, (statuses.get(key) ?? 0) + 1);
    if (problem) findings.set(`${key} ${problem.slice(0, 25)}`, `#${i} ${what}: ${problem}`);
    if (i % 500 === 499 && (await health()) !== 200) findings.set(`health ${i}`, `#${i}: /health not 200`);
  }
  const ms = Math.round(performance.now() - started);
  t.comment(`${CASES} requests in ${ms} ms; answers: ${[...statuses].sort().map(([k, n]) => `${k}×${n}`).join(', ')}`);
  t.same([...findings.values()], [], `no finding (seed ${SEED})`);
  t.equal(await health(), 200, '/health 200 after the run');
  // Still answering correctly, not only alive: the official example still validates.
  const enkel = await klient.medVedlegg({ ...example('enkel'), innsenderReferanse: `etter-fuzz-${SEED}` });
  const ok = await klient.send('POST', `${API}/utleggsbegjaering/valider`, enkel);
  t.equal(ok.status, 204, ok.text);
});
