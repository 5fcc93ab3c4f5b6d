/** Webhooks: every event pushed at least once with a verifiable signature, retries, give-up, registration. */
import t from 'tap';
import { createHmac } from 'node:crypto';
import { tokenFor } from '../helpers.js';
import { ORG, alleHendelser, auth, nySak, sakApp, settStatus, type Json } from './kit.js';
import { egenDispatcher } from './dispatcher.js';
import { startMottaker, vent } from './mottaker.js';

const HEMMELIGHET = 'en-hemmelighet-for-testen';
const hmac = (body: string, secret = HEMMELIGHET) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

t.test('every event reaches the receiver although it fails the first attempts, signed', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const mottaker = await startMottaker();
  t.teardown(() => mottaker.close());
  mottaker.svar = (_l, forsoek) => (forsoek <= 2 ? 503 : 200);
  const token = await tokenFor(app, ORG);

  const reg = await app.inject({ method: 'POST', url: '/sandbox/webhooks', headers: auth(token), payload: { url: mottaker.url, hemmelighet: HEMMELIGHET } });
  t.equal(reg.statusCode, 201, reg.body);
  t.match(reg.json(), { id: /./, url: mottaker.url, hemmelighet: HEMMELIGHET });

  const { ref } = await nySak(app, token);
  await settStatus(app, token, ref, { saksstatus: 'sakBesluttet' });
  await app.inject({ method: 'POST', url: `/sandbox/saker/${ref}/retting`, headers: auth(token), payload: { melding: 'x' } }); // 409: closed
  const feed = await alleHendelser(app, token);
  t.ok(feed.length > 5);

  const levert = () => mottaker.leveringer.filter((l) => l.status === 200);
  await vent(() => new Set(levert().map((l) => l.headers['x-sandbox-hendelse-id'])).size === feed.length, 'every event');
  const mottatt = new Map(levert().map((l) => [l.headers['x-sandbox-hendelse-id'] as string, l]));
  for (const hendelse of feed) {
    const l = mottatt.get(hendelse.hendelseId)!;
    t.same(JSON.parse(l.body), hendelse, `event ${hendelse.sekvensnummer} as in the feed`);
    t.equal(l.headers['x-sandbox-signatur'], hmac(l.body), 'the signature verifies');
    t.equal(l.headers['content-type'], 'application/json');
  }
  const omSaken = feed.filter((h) => h.eksternSaksreferanse === ref).map((h) => JSON.parse(mottatt.get(h.hendelseId)!.body) as Json);
  t.ok(omSaken.length >= 4 && omSaken.every((h) => h.dialogporten?.resource === 'urn:altinn:resource:ske-utleggsbegjaering'), 'the Dialogporten form goes along');
  t.ok(mottaker.leveringer.filter((l) => l.status === 503).length >= 2 * feed.length, 'the failed attempts were retried');
  const rader = () => app.db.prepare('SELECT status, count(*) AS n FROM webhook_levering GROUP BY status').all();
  await vent(() => rader().length === 1, 'the outbox to record the last answers');
  t.same(rader(), [{ status: 'levert', n: feed.length }], 'the outbox says delivered');
});

t.test('registration: a generated secret, only http(s), listing, event type filter, deletion', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const mottaker = await startMottaker();
  t.teardown(() => mottaker.close());
  const token = await tokenFor(app, ORG);
  const post = (payload: Json) => app.inject({ method: 'POST', url: '/sandbox/webhooks', headers: auth(token), payload });

  for (const url of ['ftp://127.0.0.1/x', 'ikke en url', 'http://bruker:passord@127.0.0.1/']) {
    const res = await post({ url });
    t.equal(res.statusCode, 400, url);
    t.equal(res.json().kode, 'KB-006');
  }
  t.equal((await post({ url: mottaker.url, hemmelighet: 'kort' })).statusCode, 400, 'a short secret');
  t.equal((await app.inject({ method: 'POST', url: '/sandbox/webhooks', payload: { url: mottaker.url } })).statusCode, 401);

  const reg = (await post({ url: mottaker.url, hendelsestyper: ['rettingForespurt'] })).json();
  t.match(reg.hemmelighet, /^[\w-]{32}$/, 'generated');
  const liste = await app.inject({ method: 'GET', url: '/sandbox/webhooks', headers: auth(token) });
  t.same(liste.json(), [{ id: reg.id, url: mottaker.url, hendelsestyper: ['rettingForespurt'], opprettet: reg.opprettet }], 'no secret in the list');
  t.same((await app.inject({ method: 'GET', url: '/sandbox/webhooks', headers: auth(await tokenFor(app, '311758489')) })).json(), [], 'per organisation');

  const { ref } = await nySak(app, token);
  await app.inject({ method: 'POST', url: `/sandbox/saker/${ref}/retting`, headers: auth(token), payload: { melding: 'Legg ved fullmakt' } });
  await vent(() => mottaker.leveringer.length === 1, 'the retting');
  await new Promise((r) => setTimeout(r, 200));
  t.same(mottaker.leveringer.map((l) => JSON.parse(l.body).type), ['rettingForespurt'], 'only the chosen type');
  t.equal(mottaker.leveringer[0]!.headers['x-sandbox-signatur'], hmac(mottaker.leveringer[0]!.body, reg.hemmelighet));

  const slett = (query: string) => app.inject({ method: 'DELETE', url: `/sandbox/webhooks${query}`, headers: auth(token) });
  t.equal((await slett('?id=finnes-ikke')).statusCode, 404);
  t.equal((await slett(`?id=${reg.id}`)).statusCode, 204);
  await post({ url: mottaker.url });
  t.equal((await slett('')).statusCode, 204, 'all of them');
  t.same((await app.inject({ method: 'GET', url: '/sandbox/webhooks', headers: auth(token) })).json(), []);
  await settStatus(app, token, ref, { saksstatus: 'sakHevet' });
  await new Promise((r) => setTimeout(r, 200));
  t.equal(mottaker.leveringer.length, 1, 'nothing after deletion');
});

t.test('a delivery is given up after the last attempt', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const mottaker = await startMottaker();
  t.teardown(() => mottaker.close());
  mottaker.svar = () => 500;
  const rask = await egenDispatcher(t, app, { maksForsoek: 3, grunnVentetidMs: 20, timeoutMs: 1000 });
  await rask.registrer(ORG, mottaker.url, app.clock.now(ORG), { hemmelighet: HEMMELIGHET });
  app.hendelser.publiser(ORG, 'rettingForespurt', { melding: 'x' }, { eksternSaksreferanse: 'r' });

  const status = () => app.db.prepare('SELECT status, forsoek, siste_feil AS feil FROM webhook_levering').get() as Json;
  await vent(() => status().status === 'oppgitt', 'the give-up');
  t.same(status(), { status: 'oppgitt', forsoek: 3, feil: 'HTTP 500' });
  await new Promise((r) => setTimeout(r, 200));
  t.equal(mottaker.leveringer.length, 3, 'exactly three attempts');
});
