/**
 * Deterministic mode (issue 22 item 8): with SANDBOX_SEED two fresh apps answer the same sequence of requests byte for
 * byte (bodies and headers; the tokens aside), another seed gives other identifiers, and a restart on the same database
 * never repeats one.
 */
import t from 'tap';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, STANDARD_START, loadConfig, type Config } from '../../server/config.js';
import { SeededeIder } from '../../server/store/ider.js';
import { API, example, testApp } from '../helpers.js';
import { fixtureFile, lastOppVedleggFor } from '../vedlegg-fixture.js';
import { ORG } from '../sandbox/kit.js';

const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const deterministisk = (seed: string, start?: string): Partial<Config> => ({
  deterministisk: loadConfig({ SANDBOX_SEED: seed, ...(start && { SANDBOX_START: start }) }).deterministisk,
  sakStegMs: 3_600_000,
});

interface Svar {
  kall: string;
  status: number;
  headers: string;
  body: Buffer;
}

/** Every answer of `app.inject` from here on, the helpers' calls included. */
function opptak(app: FastifyInstance): Svar[] {
  const svar: Svar[] = [];
  const inject = app.inject.bind(app) as (opts: InjectOptions) => Promise<LightMyRequestResponse>;
  (app as { inject: unknown }).inject = async (opts: InjectOptions) => {
    const res = await inject(opts);
    let body = res.rawPayload;
    // The token (its jti, iat and exp) is the one thing allowed to differ.
    if (opts.url === '/sandbox/token') body = Buffer.from(JSON.stringify({ ...res.json(), access_token: '<token>' }));
    // A Korrelasjonsid the client sent is echoed, so it is the client's to make reproducible, not the sandbox's.
    const sendt = (opts.headers as Record<string, unknown> | undefined)?.korrelasjonsid;
    const headers = sendt ? { ...res.headers, korrelasjonsid: '<klientens>' } : res.headers;
    svar.push({ kall: `${opts.method} ${String(opts.url)}`, status: res.statusCode, headers: JSON.stringify(headers), body });
    return res;
  };
  return svar;
}

/** The sequence a contract test would run: token, uploads, validate, submit, status, events, an advance, status. */
async function sekvens(overrides: Partial<Config>): Promise<Svar[]> {
  const app = await testApp(overrides);
  t.teardown(() => app.close());
  const svar = opptak(app);
  const token = (await app.inject({ method: 'POST', url: '/sandbox/token', payload: { orgnr: ORG } })).json().access_token as string;
  const headers = { authorization: `Bearer ${token}` };
  const fil = { navn: 'tvangsgrunnlag.txt', innhold: fixtureFile('betalingsoppfordring.txt'), contentType: 'text/plain' };
  const begjaering = await lastOppVedleggFor(app, token, { ...example('enkel'), innsenderReferanse: 'kontrakt-1' }, { fil });
  await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering/valider`, headers, payload: begjaering });
  const ref = (await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering`, headers, payload: begjaering })).json().eksternSaksreferanse;
  await app.inject({ method: 'GET', url: `${API}/status/${ref}`, headers });
  await app.inject({ method: 'GET', url: `${API}/hendelser`, headers });
  await app.inject({ method: 'POST', url: '/sandbox/klokke', headers, payload: { frem: 'PT2H' } });
  await app.inject({ method: 'GET', url: `${API}/status/${ref}`, headers });
  const hendelser = await app.inject({ method: 'GET', url: `${API}/hendelser`, headers });
  const vedlegg = hendelser.json().hendelser.find((h: { vedleggUuid?: string }) => h.vedleggUuid).vedleggUuid as string;
  await app.inject({ method: 'GET', url: `${API}/vedlegg/${vedlegg}/innhold`, headers });
  await app.inject({ method: 'GET', url: `${API}/utleggsbegjaering/ukjent`, headers });
  return svar;
}

const tekst = (svar: Svar[]) => svar.map((s) => s.body.toString('latin1')).join('\n');
const uuider = (svar: Svar[]) => new Set(`${tekst(svar)}\n${svar.map((s) => s.headers).join('\n')}`.match(/[0-9a-f]{8}-[0-9a-f]{4}-[47][0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}/g));

t.test('the same seed: every answer byte for byte, timestamps from the fixed start', async (t) => {
  const [en, to] = [await sekvens(deterministisk('42')), await sekvens(deterministisk('42'))];
  t.equal(en.length, to.length);
  t.ok(en.length >= 12, `${en.length} answers`);
  for (const [i, s] of en.entries()) {
    t.same([to[i]!.kall, to[i]!.status, to[i]!.headers], [s.kall, s.status, s.headers], `${s.kall}: status and headers`);
    t.ok(to[i]!.body.equals(s.body), `${s.kall}: the body byte for byte`);
  }
  const statuser = en.filter((s) => s.kall.includes('/status/')).map((s) => JSON.parse(s.body.toString()));
  t.equal(statuser[0].statusEndret, STANDARD_START, 'the case was created at the fixed start');
  t.equal(statuser[1].statusEndret, '2025-06-01T02:00:00.000Z', 'and moved only by the advance');
  t.ok(en.some((s) => s.headers.includes('"date":"Sun, 01 Jun 2025 02:00:00 GMT"')), 'the Date header is sandbox time too');
  t.ok(en.some((s) => s.kall.endsWith('/innhold') && s.status === 200 && s.body.subarray(0, 5).toString() === '%PDF-'), 'the converted PDF included');
  t.ok(uuider(en).size >= 8, 'identifiers were generated (case, attachments, events, Korrelasjonsid)');
});

t.test('without a seed the same sequence answers otherwise: the comparison above can fail', async (t) => {
  const [en, to] = [await sekvens({ sakStegMs: 3_600_000 }), await sekvens({ sakStegMs: 3_600_000 })];
  const ulike = en.filter((s, i) => s.headers !== to[i]!.headers || !s.body.equals(to[i]!.body));
  t.ok(ulike.length >= en.length - 2, `${ulike.length} of ${en.length} answers differ`);
});

t.test('another seed: other identifiers, the same times', async (t) => {
  const [en, annen] = [await sekvens(deterministisk('42')), await sekvens(deterministisk('43'))];
  const felles = [...uuider(en)].filter((id) => uuider(annen).has(id));
  t.same(felles, [], 'no identifier in common');
  const tider = (svar: Svar[]) => tekst(svar).match(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g);
  t.same(tider(annen), tider(en));
});

t.test('SANDBOX_START moves the start; every organisation begins there', async (t) => {
  const app = await testApp(deterministisk('1', '2030-01-01T08:00:00Z'));
  t.teardown(() => app.close());
  t.equal(app.clock.now(ORG).toISOString(), '2030-01-01T08:00:00.000Z');
  await app.clock.advance(ORG, 60_000);
  t.same([app.clock.now(ORG).toISOString(), app.clock.now('311758489').toISOString()], ['2030-01-01T08:01:00.000Z', '2030-01-01T08:00:00.000Z']);
  await new Promise((resolve) => setTimeout(resolve, 20));
  t.equal(app.clock.now(ORG).toISOString(), '2030-01-01T08:01:00.000Z', 'time stands still between advances');
});

t.test('a restart on the same database continues the clock and never repeats an identifier', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'deterministisk-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const config = { ...deterministisk('42'), dbPath: join(dir, 'sandbox.db') };
  const kjoer = async () => {
    const app = await testApp(config);
    const token = (await app.inject({ method: 'POST', url: '/sandbox/token', payload: { orgnr: ORG } })).json().access_token;
    const headers = { authorization: `Bearer ${token}` };
    await app.inject({ method: 'POST', url: '/sandbox/klokke', headers, payload: { frem: 'P1D' } });
    const begjaering = await lastOppVedleggFor(app, token, { ...example('enkel'), innsenderReferanse: `omstart-${Date.now()}` });
    const res = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering`, headers, payload: begjaering });
    await app.close();
    return { status: res.statusCode, ref: res.json().eksternSaksreferanse as string, vedlegg: JSON.stringify(begjaering) };
  };
  const [foer, etter] = [await kjoer(), await kjoer()];
  t.same([foer.status, etter.status], [201, 201]);
  t.not(etter.ref, foer.ref, 'a new case reference');
  t.not(etter.vedlegg, foer.vedlegg, 'new attachment uuids');
  t.equal(parseInt(etter.ref.replace(/-/g, '').slice(0, 12), 16), Date.parse(STANDARD_START) + 2 * 86_400_000, 'the clock kept its day and took another');
});

t.test('seeded identifiers: UUIDv4 form, one sequence per kind, reproducible', async (t) => {
  const [a, b] = [new SeededeIder('7/1'), new SeededeIder('7/1')];
  const fraA = [a.uuid('sak'), a.uuid('hendelse'), a.uuid('sak')];
  t.same([b.uuid('sak'), b.uuid('sak')], [fraA[0], fraA[2]], 'another kind in between shifts nothing');
  for (const id of fraA) t.match(id, UUID4);
  t.not(new SeededeIder('7/2').uuid('sak'), fraA[0], 'another generation, another sequence');
});

t.test('SANDBOX_SEED and SANDBOX_START are validated', async (t) => {
  t.equal(loadConfig({}).deterministisk, undefined, 'off by default');
  t.same(loadConfig({ SANDBOX_SEED: '0' }).deterministisk, { seed: 0, startMs: Date.parse(STANDARD_START) });
  t.throws(() => loadConfig({ SANDBOX_SEED: 'abc' }), new ConfigError('SANDBOX_SEED="abc" is not valid: expected a whole number from 0 to 9007199254740991'));
  t.throws(() => loadConfig({ SANDBOX_SEED: '1', SANDBOX_START: '2030-01-01' }), /SANDBOX_START="2030-01-01" is not valid: expected an ISO 8601 timestamp/);
  t.throws(() => loadConfig({ SANDBOX_START: '2030-01-01T00:00:00Z' }), /SANDBOX_START is only used with SANDBOX_SEED/);
});
