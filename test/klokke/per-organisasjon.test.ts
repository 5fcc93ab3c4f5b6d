/**
 * The sandbox clock per organisation (issue 21 item 6): advancing time moves only the caller's cases, attachments and
 * events; `now` is the caller's; the admin token moves the organisation it names; offsets survive a restart and a
 * reset returns the organisation to the base clock.
 */
import t from 'tap';
import type { FastifyInstance } from 'fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API, API_V2, testApp, tokenFor } from '../helpers.js';
import { lastOppVedlegg } from '../vedlegg-fixture.js';
import { ADMIN, ANNEN_ORG, ORG, SAKSOEKT, get, nySak, post, slaaOpp, type Json } from '../sandbox/kit.js';

const TIME = 3_600_000;
const DAG = 24 * TIME;
const STEG = 60_000;

const klokke = async (app: FastifyInstance, token: string, orgnr?: string) => Date.parse((await get(app, token, '/sandbox/klokke', orgnr)).json().naa);
const status = async (app: FastifyInstance, token: string, ref: string) => (await get(app, token, `${API}/status/${ref}`)).json().saksstatus as string;
const feed = async (app: FastifyInstance, token: string) => (await get(app, token, `${API}/hendelser?maksAntall=1000`)).json().hendelser as Json[];
const vedleggStatus = async (app: FastifyInstance, token: string, uuid: string) => (await get(app, token, `${API}/vedlegg/${uuid}`)).json().status as string;

async function nyttVedlegg(app: FastifyInstance, token: string): Promise<string> {
  const res = await lastOppVedlegg(app, token, { type: 'tvangsgrunnlag', innsenderReferanse: 'klokke', filnavn: 'dom.pdf' });
  t.equal(res.statusCode, 201, res.body);
  return res.json().uuid as string;
}

t.test('B advancing 60 days moves B\'s case, attachment and feed; A\'s case, attachment, feed and clock stay', async (t) => {
  const app = await testApp({ sakStegMs: TIME, vedleggStegMs: STEG });
  t.teardown(() => app.close());
  const [a, b] = [await tokenFor(app, ORG), await tokenFor(app, ANNEN_ORG)];
  const sakA = await nySak(app, a, ORG);
  const sakB = await nySak(app, b, ANNEN_ORG);
  const [vedleggA, vedleggB] = [await nyttVedlegg(app, a), await nyttVedlegg(app, b)];
  const feedA = await feed(app, a);
  const klokkeA = await klokke(app, a);

  const frem = await post(app, b, '/sandbox/klokke', { frem: 'P60D' });
  t.equal(frem.statusCode, 200, frem.body);
  t.ok(Date.parse(frem.json().naa) - klokkeA >= 60 * DAG, 'B\'s clock is 60 days on');

  t.equal(await status(app, a, sakA.ref), 'sakOpprettet', 'A\'s case has not moved');
  t.same(await feed(app, a), feedA, 'A\'s feed is untouched');
  t.equal(await vedleggStatus(app, a, vedleggA), 'mottatt', 'A\'s attachment is still waiting for its first step');
  const naaA = await klokke(app, a);
  t.ok(naaA - klokkeA >= 0 && naaA - klokkeA < 60_000, `A's clock moved only with real time (${naaA - klokkeA} ms)`);

  t.equal(await status(app, b, sakB.ref), 'sakAvsluttet', 'B\'s case ran every step');
  const steg = (await feed(app, b)).filter((h) => h.type === 'saksstatusEndret' && h.eksternSaksreferanse === sakB.ref);
  t.same(steg.map((h) => h.data.saksstatus), ['sakOpprettet', 'sakUnderBehandling', 'sakForelagt', 'sakBesluttet', 'sakAvsluttet']);
  t.ok(Date.parse(steg.at(-1)!.tidspunkt) > klokkeA + 3 * TIME, 'each step at its own time on B\'s clock');
  t.equal(await vedleggStatus(app, b, vedleggB), 'virussjekket', 'B\'s attachment took its due step');
});

t.test('the caller\'s now: a case created after B\'s jump is dated on B\'s clock, A\'s on A\'s', async (t) => {
  const app = await testApp({ sakStegMs: TIME });
  t.teardown(() => app.close());
  const [a, b] = [await tokenFor(app, ORG), await tokenFor(app, ANNEN_ORG)];
  await post(app, b, '/sandbox/klokke', { frem: 'P400D' });
  const [sakA, sakB] = [await nySak(app, a, ORG), await nySak(app, b, ANNEN_ORG)];
  const opprettet = async (token: string, ref: string) => Date.parse((await get(app, token, `${API}/status/${ref}`)).json().innsendinger[0].mottatt);
  t.ok((await opprettet(b, sakB.ref)) - (await opprettet(a, sakA.ref)) > 399 * DAG);
  t.ok(Math.abs((await opprettet(a, sakA.ref)) - Date.now()) < 60_000, 'A is on real time');
  const tidspunkt = async (token: string) => Date.parse((await feed(app, token)).at(-1)!.tidspunkt);
  t.ok((await tidspunkt(b)) - (await tidspunkt(a)) > 399 * DAG, 'and so are their events');
  const logg = async (token: string, sti = '/') => Date.parse((await get(app, token, `/sandbox/logg?grense=1&sti=${sti}`)).json()[0].tidspunkt);
  t.ok((await logg(b)) - (await logg(a)) > 399 * DAG, 'and their request logs');
  await Promise.all([tokenFor(app, ORG), tokenFor(app, ANNEN_ORG)]);
  t.ok((await logg(b, '/sandbox/token')) - (await logg(a, '/sandbox/token')) > 399 * DAG, 'a token request too (its caller known from the answer)');
});

t.test('the conformance report: B\'s jump does not settle A\'s betjeningskart lookup as unnecessary', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const [a, b] = [await tokenFor(app, ORG), await tokenFor(app, ANNEN_ORG)];
  t.same(await slaaOpp(app, a, [SAKSOEKT], API_V2), ['nytt']);
  await post(app, b, '/sandbox/klokke', { frem: 'P60D' });
  await slaaOpp(app, b, [SAKSOEKT], API_V2); // logged at B's time, in the same batch as nothing of A's
  await get(app, b, '/sandbox/rapport');
  await nySak(app, a, ORG, API_V2);
  const punkter = Object.fromEntries(((await get(app, a, '/sandbox/rapport')).json().sjekkliste as Json[]).map((p) => [p.id, p]));
  t.match(punkter.betjeningskart, { oppfylt: true, antall: 1, avvik: 0 }, 'A\'s submission found its lookup');
  t.match(punkter.betjeningskartUnoedig, { antall: 1, avvik: 0 });
});

t.test('SANDBOX_ADMIN_TOKEN with X-Orgnr reads and advances the clock of the organisation it names, and only that', async (t) => {
  const app = await testApp({ sandboxAdminToken: ADMIN, sakStegMs: TIME });
  t.teardown(() => app.close());
  const [a, b] = [await tokenFor(app, ORG), await tokenFor(app, ANNEN_ORG)];
  const sakB = await nySak(app, b, ANNEN_ORG);
  const foerA = await klokke(app, a);
  const frem = await post(app, ADMIN, '/sandbox/klokke', { frem: 'PT2H' }, ANNEN_ORG);
  t.equal(frem.statusCode, 200, frem.body);
  t.equal(await status(app, b, sakB.ref), 'sakForelagt', 'the named organisation\'s case moved');
  t.ok((await klokke(app, ADMIN, ANNEN_ORG)) - foerA >= 2 * TIME, 'the admin reads the named organisation\'s clock');
  t.ok((await klokke(app, a)) - foerA < 60_000, 'another organisation\'s clock stayed');
  t.equal((await post(app, ADMIN, '/sandbox/klokke', { frem: 'PT2H' })).statusCode, 400, 'the admin must name the organisation');
  t.equal((await post(app, a, '/sandbox/klokke', { frem: 'PT2H' }, ANNEN_ORG)).statusCode, 403, 'a Maskinporten token cannot name another');
});

t.test('each organisation\'s offset survives a restart; a reset returns only that organisation to the base clock', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-klokke-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const config = { dbPath: join(dir, 'sandbox.db'), sakStegMs: TIME };
  const foer = await testApp(config);
  await post(foer, await tokenFor(foer, ORG), '/sandbox/klokke', { frem: 'P2D' });
  await post(foer, await tokenFor(foer, ANNEN_ORG), '/sandbox/klokke', { frem: 'P5D' });
  await foer.close();

  const etter = await testApp(config);
  t.teardown(() => etter.close());
  const [a, b] = [await tokenFor(etter, ORG), await tokenFor(etter, ANNEN_ORG)];
  const dager = async (token: string) => Math.round((await klokke(etter, token) - Date.now()) / DAG);
  t.same([await dager(a), await dager(b)], [2, 5], 'both offsets kept');
  const sak = await nySak(etter, b, ANNEN_ORG);
  t.equal((await post(etter, b, '/sandbox/reset')).statusCode, 200);
  t.equal(await dager(b), 0, 'reset: the organisation is on the base clock again');
  t.equal(etter.db.prepare('SELECT count(*) FROM planlagt_jobb WHERE orgnr = ?').pluck().get(ANNEN_ORG), 0, 'and its pending jobs are gone');
  t.equal((await get(etter, b, `${API}/status/${sak.ref}`)).statusCode, 404);
  t.equal(await dager(a), 2, 'the other organisation keeps its offset');
});

t.test('another organisation\'s advance answers while B\'s backlog is still running', async (t) => {
  const app = await testApp({ sakStegMs: TIME });
  t.teardown(() => app.close());
  const [a, b] = [await tokenFor(app, ORG), await tokenFor(app, ANNEN_ORG)];
  const sakA = await nySak(app, a, ORG);
  const dokument = JSON.stringify(sakA.begjaering);
  const naa = app.clock.now(ANNEN_ORG);
  await Promise.all(Array.from({ length: 400 }, (_, i) =>
    app.saker.opprett(ANNEN_ORG, { begjaeringsdato: '2024-02-02', innsenderReferanse: `b-${i}` }, naa, dokument, '0.9')));
  let bFerdig = false;
  const bFrem = post(app, b, '/sandbox/klokke', { frem: 'P60D' }).then((res) => {
    bFerdig = true;
    return res;
  });
  const hendelserB = app.db.prepare('SELECT count(*) FROM hendelse WHERE orgnr = ?').pluck();
  while ((hendelserB.get(ANNEN_ORG) as number) <= 400) await new Promise((resolve) => setImmediate(resolve));
  t.equal((await post(app, a, '/sandbox/klokke', { frem: 'PT1H' })).statusCode, 200, 'A advances while B\'s steps run');
  t.notOk(bFerdig, 'A\'s advance did not wait for B\'s 1600 steps');
  t.equal(await status(app, a, sakA.ref), 'sakUnderBehandling', 'A\'s own due step ran before its answer');
  t.equal((await bFrem).statusCode, 200);
  t.equal(app.db.prepare("SELECT count(*) FROM sak WHERE orgnr = ? AND saksstatus = 'sakAvsluttet'").pluck().get(ANNEN_ORG), 400);
});
