/**
 * Property-based fuzzing with fast-check (SPEC §2, §11), over HTTP against the built server on 127.0.0.1: generated
 * edits of the official examples and of every other JSON body (at any depth), of the JSON text itself and of the
 * headers, sent to every route that takes a body, and as query strings to the routes that take query parameters. Property: a documented status, a well-formed error body for every error (the token
 * endpoint: RFC 6749's), never a 500, and /health stays 200. A failure is shrunk to the smallest request that still
 * breaks it. Replay a run with FUZZ_SEED=<seed>; FUZZ_CASES sets the count.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import t from 'tap';
import { API, example } from '../helpers.js';
import { dato, Klient } from './client.js';
import { errorBodyProblem, oauthErrorProblem, seedFrom, startBuilt, tokenAt, type Answer } from './kit.js';

const ORG = '312597772';
const OTHER_ORG = '311758489';
/** Organisations of the controls that disturb everything after them (faults, reset): kept apart from the API's. */
const CONTROL_ORGS = ['313182495', '316169872'];
const SEED = seedFrom('FUZZ_SEED') | 0;
const CASES = Number(process.env.FUZZ_CASES ?? 3000);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

const MB = 'x'.repeat(1024 * 1024);
const DEEP = 10_000;
/** The token endpoint's form limit; every other route allows more. */
const SMALLEST_BODY_LIMIT = 64 * 1024;
/** Node's limit on the request line and headers together. */
const MAX_HEADER_BYTES = 16 * 1024;
const WEIRD: Json[] = [
  '', ' ', '\u0000', '\ud800', '😀'.repeat(50), '\u202e', 'æøå'.repeat(20), '<feil>&amp;</feil>', "'; DROP TABLE sak;--", '%s%n',
  '../../etc/passwd', 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -0, 0.1 + 0.2, 5e-324, 123.456789, -1, 0, 2 ** 31, 1.5, true,
  false, null, {}, [],
];
/** Raw JSON text that no value can stringify to, placed at any depth through a marker string. */
const RAW: Record<string, string[]> = {
  RAW_HUGE: ['1e400', '-1e400', '1E+400', '-0', '0e0', '1.00000000000000000000001', '123456789012345678901234567890'],
  RAW_DEEP: [`${'['.repeat(DEEP)}${']'.repeat(DEEP)}`, `${'{"a":'.repeat(DEEP)}1${'}'.repeat(DEEP)}`],
};
const RAW_MARKER = /"(RAW_[A-Z]+)"/g;
const LONGEST_RAW = Math.max(...Object.values(RAW).flat().map((text) => text.length));
/** 'tenThousand' makes at most this much JSON text: five times the largest body limit, far below V8's longest string
 * (2^29 characters) even after the case's other edits double it. */
const MAX_COPIES_TEXT = 20_000_000;
/** The length a value's JSON text can have at most once its raw markers are replaced. */
const textLength = (value: Json) => {
  const text = JSON.stringify(value);
  return text.length + (text.match(RAW_MARKER)?.length ?? 0) * LONGEST_RAW;
};
const ACCEPTS = ['application/json', 'application/xml', 'text/xml', '*/*', 'text/html', 'application/problem+json', 'image/png', 'application/json;q=0', 'garbage;;;', '', 'application/xml, application/json', 'x'.repeat(5000)];
const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/json; charset=latin1', 'application/json; charset=utf-16', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'multipart/form-data; boundary=', 'application/xml', 'application/vnd.api+json', '', 'å/ø', 'application/json; boundary=x; charset="utf-8"'];
const KORRELASJONSIDER = ['x'.repeat(10_000), 'ææææ', '', ' ', '../../', '00000000-0000-0000-0000-000000000000', 'a b c', '<script>', 'ok-id_1.2'];
const INJECTED_KEYS = ['"innsenderReferanse":"dup",', '"__proto__":{"admin":true,"orgnr":"311758489"},', '"constructor":{"prototype":{"admin":true}},', '"begjaeringsdato":"2024-02-02","begjaeringsdato":1,'];
const BAD_UTF8 = [[0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80]];

/** A public key for POST /sandbox/klienter. */
const JWK = { ...generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' }), kid: 'fuzz-kid' } as unknown as Json;

// ---- What a case is: plain data, so fast-check can shrink it ----

const SAME_OPS = ['mb', 'long', 'double', 'tenThousand', 'empty', 'dropFirst', 'flip', 'wrap', 'box', 'retype'] as const;
const RAW_NAMES = ['RAW_HUGE', 'RAW_DEEP'] as const;

/** A value to put in place of a field: generated JSON, a known troublemaker, raw text, or an edit of the old value. */
type Replacement =
  | { t: 'json'; v: Json }
  | { t: 'raw'; name: keyof typeof RAW; i: number }
  | { t: 'same'; op: (typeof SAME_OPS)[number]; n: number };

interface TreeEdit {
  slot: number;
  remove: boolean;
  value: Replacement;
}

type TextEdit =
  | { t: 'number'; i: number }
  | { t: 'deepArray' }
  | { t: 'deepObject' }
  | { t: 'inject'; at: number; i: number }
  | { t: 'badUtf8'; at: number; i: number }
  | { t: 'truncate'; at: number }
  | { t: 'append'; v: string }
  | { t: 'bom' }
  | { t: 'whole'; v: string }
  | { t: 'protoKey' }
  | { t: 'shadowKey' };

type Auth = 'org' | 'none' | 'other' | 'noScope' | 'truncated' | 'appended' | 'lowercase' | 'spaces' | 'algNone' | 'huge' | 'basic' | 'empty' | 'garbage';

interface Case {
  target: number;
  kompleks: boolean;
  fresh: boolean;
  ref: number;
  edits: TreeEdit[];
  text: TextEdit | null;
  auth: Auth;
  accept: string | null;
  contentType: string | null;
  dropContentType: boolean;
  korrelasjonsid: string | null;
}

/** null four times in five: most requests keep the header or text as a client would send it. */
const sometimes = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });

const replacement: fc.Arbitrary<Replacement> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ t: fc.constant('json' as const), v: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('json' as const), v: fc.constantFrom(...WEIRD) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('raw' as const), name: fc.constantFrom(...RAW_NAMES), i: fc.nat() }) },
  {
    weight: 5,
    arbitrary: fc.record({
      t: fc.constant('same' as const),
      op: fc.constantFrom(...SAME_OPS),
      n: fc.nat({ max: 5000 }),
    }),
  },
);

const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({ t: fc.constant('number' as const), i: fc.nat() }),
  fc.record({ t: fc.constant('deepArray' as const) }),
  fc.record({ t: fc.constant('deepObject' as const) }),
  fc.record({ t: fc.constant('inject' as const), at: fc.nat(), i: fc.nat() }),
  fc.record({ t: fc.constant('badUtf8' as const), at: fc.nat(), i: fc.nat() }),
  fc.record({ t: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ t: fc.constant('append' as const), v: fc.constantFrom('}', ',', ' garbage', '\u0000', '{}') }),
  fc.record({ t: fc.constant('bom' as const) }),
  fc.record({ t: fc.constant('whole' as const), v: fc.constantFrom('', ' ', 'null', '[]', '"tekst"', '123', 'true', '{}', '{"__proto__":null}') }),
  fc.record({ t: fc.constant('protoKey' as const) }),
  fc.record({ t: fc.constant('shadowKey' as const) }),
);

const AUTHS: Auth[] = ['none', 'other', 'noScope', 'truncated', 'appended', 'lowercase', 'spaces', 'algNone', 'huge', 'basic', 'empty', 'garbage'];

const caseArb = (targets: number): fc.Arbitrary<Case> =>
  fc.record({
    target: fc.nat({ max: targets - 1 }),
    kompleks: fc.boolean(),
    fresh: fc.boolean(),
    ref: fc.nat(),
    // Mostly edited trees (so the schema and the rules see odd values), sometimes the example as it is.
    edits: fc.oneof({ weight: 4, arbitrary: fc.array(fc.record({ slot: fc.nat(), remove: fc.nat({ max: 99 }).map((n) => n >= 85), value: replacement }), { minLength: 1, maxLength: 3 }) }, { weight: 1, arbitrary: fc.constant([]) }),
    text: fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: textEdit }),
    auth: fc.oneof({ weight: 4, arbitrary: fc.constant<Auth>('org') }, { weight: 1, arbitrary: fc.constantFrom(...AUTHS) }),
    accept: sometimes(fc.constantFrom(...ACCEPTS)),
    contentType: sometimes(fc.constantFrom(...CONTENT_TYPES)),
    dropContentType: fc.oneof({ weight: 19, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    korrelasjonsid: sometimes(fc.constantFrom(...KORRELASJONSIDER)),
  });

// ---- From a case to a request ----

/** Every (container, key) in the tree, so an edit can hit any field at any depth. */
function slots(root: Json): [Container, string | number][] {
  const found: [Container, string | number][] = [];
  const walk = (node: Json) => {
    if (Array.isArray(node)) node.forEach((v, i) => (found.push([node, i]), walk(v)));
    else if (node !== null && typeof node === 'object') for (const [k, v] of Object.entries(node)) found.push([node, k]), walk(v);
  };
  walk(root);
  return found;
}

function edited(old: Json, r: Replacement): Json {
  if (r.t === 'json') return r.v;
  if (r.t === 'raw') return r.name;
  switch (r.op) {
    case 'mb': return typeof old === 'string' ? MB : old;
    case 'long': return 'y'.repeat(r.n);
    case 'double': return typeof old === 'string' ? `${old}${old}` : Array.isArray(old) ? [...old, ...old] : old;
    // 10 000 copies only of small items: an earlier edit may have put the 1 MB string or a raw deep nesting in them.
    case 'tenThousand': return Array.isArray(old) && old.length > 0 && (textLength(old) / old.length) * 10_000 <= MAX_COPIES_TEXT ? Array.from({ length: 10_000 }, (_, i) => structuredClone(old[i % old.length]!)) : old;
    case 'empty': return Array.isArray(old) ? [] : typeof old === 'string' ? '' : old;
    case 'dropFirst': return Array.isArray(old) ? old.slice(1) : old;
    case 'flip': return typeof old === 'boolean' ? !old : typeof old === 'number' ? -old : old;
    case 'wrap': return [old];
    case 'box': return { verdi: old };
    case 'retype': return typeof old === 'string' ? 42 : String(old);
  }
}

function applyEdits(root: Json, edits: readonly TreeEdit[]): Json {
  for (const e of edits) {
    const all = slots(root);
    if (all.length === 0) break;
    const [container, key] = all[e.slot % all.length]!;
    if (e.remove && !Array.isArray(container)) delete container[key as string];
    else (container as Record<string | number, Json>)[key] = edited((container as Record<string | number, Json>)[key]!, e.value);
  }
  return root;
}

/** Edits of the JSON text itself: what JSON.stringify can never produce. */
function applyText(text: string, e: TextEdit): string | Buffer {
  const at = (i: number) => i % (text.length + 1);
  switch (e.t) {
    case 'number': return text.replace(/:(-?\d+(\.\d+)?)/, `:${RAW.RAW_HUGE![e.i % RAW.RAW_HUGE!.length]}`);
    case 'deepArray': return `{"a":${'['.repeat(DEEP)}${']'.repeat(DEEP)}}`;
    case 'deepObject': return `${'{"a":'.repeat(DEEP)}1${'}'.repeat(DEEP)}`;
    case 'inject': {
      const braces = [...text.matchAll(/\{/g)].map((m) => m.index!);
      if (braces.length === 0) return text;
      const i = braces[e.at % braces.length]! + 1;
      return text.slice(0, i) + INJECTED_KEYS[e.i % INJECTED_KEYS.length] + text.slice(i);
    }
    case 'badUtf8': {
      const i = at(e.at);
      return Buffer.concat([Buffer.from(text.slice(0, i)), Buffer.from(BAD_UTF8[e.i % BAD_UTF8.length]!), Buffer.from(text.slice(i))]);
    }
    case 'truncate': return text.slice(0, at(e.at));
    case 'append': return text + e.v;
    case 'bom': return `\ufeff${text}`;
    case 'whole': return e.v;
    case 'protoKey': return text.replace(/"[a-zA-Z]+":/, '"__proto__":');
    case 'shadowKey': return text.replace(/"([a-zA-Z]+)":/, '"$1":"shadow","$1":');
  }
}

interface Tokens {
  org: string;
  other: string;
  noScope: string;
}

function authorization(a: Auth, tokens: Tokens): string | undefined {
  const { org } = tokens;
  const values: Record<Auth, string | undefined> = {
    org: `Bearer ${org}`, none: undefined, other: `Bearer ${tokens.other}`, noScope: `Bearer ${tokens.noScope}`,
    truncated: `Bearer ${org.split('.').slice(0, 2).join('.')}.`, appended: `Bearer ${org}x`, lowercase: `bearer ${org}`,
    spaces: `Bearer  ${org} `, algNone: `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.e30.`,
    huge: `Bearer ${'A'.repeat(100_000)}`, basic: 'Basic dXNlcjpwYXNz', empty: 'Bearer ', garbage: 'Bearer ÿÿÿ',
  };
  return values[a];
}

interface Target {
  name: string;
  method: 'POST' | 'PUT' | 'GET';
  path: (c: Case) => string;
  base: (c: Case) => Json;
  form?: boolean;
  /** The edited body goes into the query string (no body). */
  query?: boolean;
  /** The organisations the case's tokens belong to, when not the API's. */
  tokens?: Tokens;
}

interface Sending {
  method: string;
  path: string;
  headers: OutgoingHttpHeaders;
  payload: string | Buffer;
}

/** The request a case describes, and a one-line summary of it for a failure message. */
function sending(target: Target, c: Case, apiTokens: Tokens): Sending {
  const body = applyEdits(target.base(c), c.edits);
  const headers: OutgoingHttpHeaders = {};
  const auth = authorization(c.auth, target.tokens ?? apiTokens);
  if (auth !== undefined) headers.authorization = auth;
  if (c.accept !== null) headers.accept = c.accept;
  if (c.korrelasjonsid !== null) headers.korrelasjonsid = c.korrelasjonsid;
  if (target.query) return { method: target.method, path: `${target.path(c)}?${formBody(body)}`, headers, payload: '' };

  let payload: string | Buffer = target.form ? formBody(body) : JSON.stringify(body).replace(RAW_MARKER, (_, name: string) => RAW[name]![c.ref % RAW[name]!.length]!);
  if (c.text) payload = applyText(payload.toString(), c.text);
  if (!c.dropContentType) headers['content-type'] = c.contentType ?? (target.form ? 'application/x-www-form-urlencoded' : 'application/json');
  return { method: target.method, path: target.path(c), headers, payload };
}

function formBody(value: Json): string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return String(value);
  return new URLSearchParams(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])).toString();
}

const oversized = (s: Sending) =>
  Buffer.byteLength(s.payload) > SMALLEST_BODY_LIMIT ||
  s.path.length + Object.values(s.headers).reduce((n: number, v) => n + String(v).length, 0) > MAX_HEADER_BYTES;

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

async function setup(url: string) {
  const org = await tokenAt(url, ORG);
  const tokens: Tokens = { org, other: await tokenAt(url, OTHER_ORG), noScope: await tokenAt(url, ORG, { scope: 'annet:scope' }) };
  const [a, b] = CONTROL_ORGS as [string, string];
  const control: Tokens = { org: await tokenAt(url, a), other: await tokenAt(url, b), noScope: await tokenAt(url, a, { scope: 'annet:scope' }) };
  const klient = new Klient(url, org);
  const upload = await klient.lastOpp({ type: 'annet', innsenderReferanse: 'fuzz' });
  if (upload.status !== 201) throw new Error(`setup upload: ${upload.status} ${upload.text}`);
  const uuid = upload.body.uuid as string;
  const enkel = (await klient.medVedlegg(example('enkel'))) as Json;
  const kompleks = (await klient.medVedlegg(example('kompleks'))) as Json;
  const first = await klient.sendInn(enkel);
  if (first.status !== 201) throw new Error(`setup submission: ${first.status} ${first.text}`);
  const ref = first.body.eksternSaksreferanse as string;
  let serial = 0;
  const begjaering = (c: Case) => {
    const copy = structuredClone(c.kompleks ? kompleks : enkel) as Record<string, Json>;
    // Now and then a new begjaeringsdato, so submissions also succeed (201) and are not all duplicates.
    if (c.fresh) copy.begjaeringsdato = dato(++serial);
    return copy;
  };
  const odd = [ref, ref, encodeURIComponent('æøå'), 'x'.repeat(2000), '%2e%2e', 'TEST_SAK_OPPRETTET', '%00', '%E0%A4%A', '%', '%ZZ'];
  const oddRef = (c: Case) => odd[c.ref % odd.length]!;
  const targets: Target[] = [
    { name: 'POST utleggsbegjaering', method: 'POST', path: () => `${API}/utleggsbegjaering`, base: begjaering },
    { name: 'POST valider', method: 'POST', path: () => `${API}/utleggsbegjaering/valider`, base: begjaering },
    { name: 'PUT endring', method: 'PUT', path: (c) => `${API}/utleggsbegjaering/${oddRef(c)}`, base: begjaering },
    { name: 'PUT valider endring', method: 'PUT', path: (c) => `${API}/utleggsbegjaering/valider/${oddRef(c)}`, base: begjaering },
    { name: 'POST vedlegg', method: 'POST', path: () => `${API}/vedlegg`, base: () => ({ type: 'annet', innsenderReferanse: 'x', fil: 'abc' }) },
    { name: 'POST betjeningskart', method: 'POST', path: () => `${API}/betjeningskart`, base: () => ({ identifikatorer: ['08907395937', '312597772'] }) },
    { name: 'POST sandbox/token', method: 'POST', path: () => '/sandbox/token', base: () => ({ orgnr: ORG, systembrukerOrgnr: OTHER_ORG, scope: 'skatteetaten:utleggsbegjaering', levetidSekunder: 60 }) },
    { name: 'POST maskinporten/token', method: 'POST', path: () => '/maskinporten/token', form: true, base: () => ({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: org }) },
    { name: 'POST sandbox/klienter', method: 'POST', path: () => '/sandbox/klienter', base: () => ({ clientId: 'fuzz-klient', orgnr: ORG, jwk: structuredClone(JWK), scopes: ['skatteetaten:utleggsbegjaering'] }) },
    { name: 'POST sandbox/klokke', method: 'POST', path: () => '/sandbox/klokke', base: () => ({ frem: 'PT2H' }) },
    { name: 'POST sandbox/saker/status', method: 'POST', path: (c) => `/sandbox/saker/${oddRef(c)}/status`, base: () => ({ saksstatus: 'sakBesluttet', beslutning: 'utleggstrekk' }) },
    { name: 'POST sandbox/saker/retting', method: 'POST', path: (c) => `/sandbox/saker/${oddRef(c)}/retting`, base: () => ({ melding: 'Mangler fullmakt' }) },
    { name: 'POST sandbox/vedlegg/status', method: 'POST', path: () => `/sandbox/vedlegg/${uuid}/status`, base: () => ({ status: 'kassert' }) },
    { name: 'POST sandbox/webhooks', method: 'POST', path: () => '/sandbox/webhooks', base: () => ({ url: 'http://127.0.0.1:9/hendelser', hemmelighet: 'en-hemmelighet-på-16', hendelsestyper: ['saksstatusEndret'] }) },
    { name: 'POST sandbox/feil', method: 'POST', path: () => '/sandbox/feil', tokens: control, base: () => ({ antall: 2, status: 503, retryAfterSekunder: 1, sti: `${API}/status` }) },
    { name: 'POST sandbox/reset', method: 'POST', path: () => '/sandbox/reset', tokens: control, base: () => ({}) },
    { name: 'GET hendelser', method: 'GET', query: true, path: () => `${API}/hendelser`, base: () => ({ fraSekvensnummer: 1, maksAntall: 10 }) },
    { name: 'GET sandbox/logg', method: 'GET', query: true, path: () => '/sandbox/logg', base: () => ({ status: 422, sti: API, kode: 'UGYLDIG_KID', grense: 5 }) },
    { name: 'GET sandbox/rapport', method: 'GET', query: true, path: () => '/sandbox/rapport', base: () => ({ format: 'json' }) },
  ];
  return { tokens, targets, klient };
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
  const count = (key: string) => statuses.set(key, (statuses.get(key) ?? 0) + 1);
  let runs = 0;

  /** The property: undefined when the answer is right, else what is wrong. */
  const problemWith = async (c: Case): Promise<string | undefined> => {
    const target = targets[c.target]!;
    const s = sending(target, c, tokens);
    if (++runs % 500 === 0 && (await health()) !== 200) return '/health is not 200';
    let answer: Answer;
    try {
      answer = await send(port, agent, s);
    } catch (err) {
      // A request far over a limit (body, or URL and headers) may be answered and the connection closed while we
      // still write it.
      const code = (err as NodeJS.ErrnoException).code;
      count(`${target.name} closed early`);
      if ((code === 'EPIPE' || code === 'ECONNRESET') && oversized(s)) return undefined;
      return `${target.name}: no answer (${(err as Error).message})`;
    }
    count(`${target.name} ${answer.status}`);
    const problem = target.form ? oauthErrorProblem(answer) : errorBodyProblem(answer);
    return problem && `${target.name} ${answer.status}: ${problem}`;
  };

  const started = performance.now();
  const result = await fc.check(
    fc.asyncProperty(caseArb(targets.length), async (c) => {
      const problem = await problemWith(c);
      if (problem) throw new Error(problem);
    }),
    { numRuns: CASES, seed: SEED, endOnFailure: false },
  );
  t.comment(`${runs} requests (shrinking included) in ${Math.round(performance.now() - started)} ms; answers: ${[...statuses].sort().map(([k, n]) => `${k}×${n}`).join(', ')}`);
  t.notOk(result.failed, (result.failed && fc.defaultReportMessage(result)) || `no finding (seed ${SEED})`);
  t.equal(await health(), 200, '/health 200 after the run');
  // Still answering correctly, not only alive: the official example still validates.
  const enkel = await klient.medVedlegg({ ...example('enkel'), innsenderReferanse: `etter-fuzz-${SEED}` });
  const ok = await klient.send('POST', `${API}/utleggsbegjaering/valider`, enkel);
  t.equal(ok.status, 204, ok.text);
});
