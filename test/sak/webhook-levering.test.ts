/**
 * Every delivery checks where it leads again and connects to what it checked (DNS rebinding cannot switch it),
 * follows no redirect, and is cut off at its deadline.
 */
import t from 'tap';
import type { Adresse, Oppslag } from '../../server/sak/webhook-adresser.js';
import { tokenFor } from '../helpers.js';
import { ORG, auth, sakApp, type Json } from './kit.js';
import { egenDispatcher } from './dispatcher.js';
import { startMottaker, vent } from './mottaker.js';

const HEMMELIGHET = 'en-hemmelighet-for-testen';

t.test('DNS rebinding: every attempt resolves once, checks, and connects to the checked address', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const mottaker = await startMottaker();
  t.teardown(() => mottaker.close());
  // `mottaker.test` exists only in this resolver: the system's DNS cannot find it, so a delivery that arrives was
  // connected to the address the policy checked, not to one looked up again.
  let svar: Adresse = { address: '127.0.0.1', family: 4 };
  const oppslag: string[] = [];
  const resolver: Oppslag = async (vert) => {
    oppslag.push(vert);
    return [svar];
  };
  const webhooks = await egenDispatcher(t, app, { grunnVentetidMs: 100 }, resolver);
  const url = `http://mottaker.test:${mottaker.port}/hendelser`;
  await webhooks.registrer(ORG, url, app.clock.now(ORG), { hemmelighet: HEMMELIGHET });
  const publiser = (melding: string) => app.hendelser.publiser(ORG, 'rettingForespurt', { melding }, { eksternSaksreferanse: 'r' });
  const rad = (sekvensnummer: number) =>
    app.db.prepare('SELECT status, forsoek, siste_feil AS feil FROM webhook_levering WHERE sekvensnummer = ?').get(sekvensnummer) as Json;

  const første = publiser('før');
  await vent(() => mottaker.leveringer.length === 1, 'the first delivery');
  t.equal(mottaker.leveringer[0]!.headers.host, `mottaker.test:${mottaker.port}`, "the Host header is the URL's name");

  svar = { address: '169.254.169.254', family: 4 }; // the name now points at the metadata service
  const andre = publiser('etter');
  await vent(() => rad(andre.sekvensnummer).forsoek >= 2, 'two refused attempts');
  t.match(rad(andre.sekvensnummer), { status: 'venter', feil: /169\.254\.169\.254, skyens metadatatjeneste/ }, 'refused, and retried');
  t.equal(mottaker.ankomne, 1, 'no request left for the rebound address (nor anywhere else)');

  svar = { address: '127.0.0.1', family: 4 };
  await vent(() => rad(andre.sekvensnummer).status === 'levert', 'the retry once the name is safe again');
  t.same(mottaker.leveringer.map((l) => JSON.parse(l.body).data.melding), ['før', 'etter']);
  const forsoek = app.db.prepare('SELECT sum(forsoek) FROM webhook_levering').pluck().get() as number;
  t.equal(oppslag.length, 1 + forsoek, 'one lookup at registration and exactly one per attempt: check and connection share it');
  t.ok(oppslag.every((v) => v === 'mottaker.test'));
  t.equal(rad(første.sekvensnummer).status, 'levert');
});

t.test('no redirect is followed: a 3xx is a failed attempt', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const mottaker = await startMottaker();
  t.teardown(() => mottaker.close());
  const maal = await startMottaker(); // where the redirect points
  t.teardown(() => maal.close());
  mottaker.svar = () => 302;
  mottaker.svarHeaders = { location: maal.url };
  const webhooks = await egenDispatcher(t, app, { maksForsoek: 2, grunnVentetidMs: 20 });
  await webhooks.registrer(ORG, mottaker.url, app.clock.now(ORG), { hemmelighet: HEMMELIGHET });
  app.hendelser.publiser(ORG, 'rettingForespurt', { melding: 'x' }, { eksternSaksreferanse: 'r' });

  const status = () => app.db.prepare('SELECT status, forsoek, siste_feil AS feil FROM webhook_levering').get() as Json;
  await vent(() => status().status === 'oppgitt', 'the give-up');
  t.same(status(), { status: 'oppgitt', forsoek: 2, feil: 'HTTP 302' });
  t.equal(mottaker.ankomne, 2);
  t.equal(maal.ankomne, 0, 'the redirect target was never called');
});

t.test('a receiver that never answers is cut off at WEBHOOK_TIMEOUT_MS and retried', async (t) => {
  const timeoutMs = 300;
  const app = await sakApp({ webhookTimeoutMs: timeoutMs });
  t.teardown(() => app.close());
  const mottaker = await startMottaker();
  t.teardown(() => mottaker.close());
  const ankomst: number[] = [];
  mottaker.svar = (levering) => {
    ankomst.push(levering.mottatt);
    return new Promise(() => {}); // never answers
  };
  const token = await tokenFor(app, ORG);
  const reg = await app.inject({ method: 'POST', url: '/sandbox/webhooks', headers: auth(token), payload: { url: mottaker.url } });
  t.equal(reg.statusCode, 201);
  app.hendelser.publiser(ORG, 'rettingForespurt', { melding: 'x' }, { eksternSaksreferanse: 'r' });

  const rad = () => app.db.prepare('SELECT status, forsoek, siste_feil AS feil FROM webhook_levering').get() as Json;
  await vent(() => rad().forsoek >= 1, 'the first attempt to end');
  const endt = Date.now();
  t.match(rad(), { status: 'venter', forsoek: 1, feil: `ingen svar innen ${timeoutMs} ms` });
  const varighet = endt - ankomst[0]!;
  t.comment(`a silent receiver held an attempt ${varighet} ms (deadline ${timeoutMs} ms)`);
  t.ok(varighet > timeoutMs - 100 && varighet < timeoutMs + 500, 'the attempt ended at its deadline');
  await vent(() => ankomst.length >= 2, 'the retry (back-off 500 ms)');
});
