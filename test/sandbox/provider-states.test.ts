/**
 * POST /sandbox/provider-states: Pact's provider-state call. Each documented state holds afterwards for the calling
 * organisation, as the API shows it, and for no other; the values it answers are the ones an interaction injects.
 */
import t, { type Test } from 'tap';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../../server/config.js';
import { openApiDocument } from '../../server/openapi.js';
import { SAKSSTATUSER } from '../../server/sak/livssyklus.js';
import { TILSTANDER } from '../../server/sandbox/tilstander.js';
import { API, API_V2, testApp, tokenFor } from '../helpers.js';
import { ADMIN, ANNEN_ORG, ORG, get, logg, post, slaaOpp, type Json } from './kit.js';

const URL = '/sandbox/provider-states';

/** A fresh app whose clocks start at 2025-06-01, within the transition period, and stand still (deterministic mode). */
async function oppsett(t: Test, overrides: Partial<Config> = {}): Promise<{ app: FastifyInstance; token: string }> {
  const app = await testApp({ deterministisk: loadConfig({ SANDBOX_SEED: '7' }).deterministisk, sandboxAdminToken: ADMIN, ...overrides });
  t.teardown(() => app.close());
  return { app, token: await tokenFor(app, ORG) };
}

const tilstand = (app: FastifyInstance, token: string, state: string, params?: Json, action?: string) =>
  post(app, token, URL, { state, ...(params && { params }), ...(action && { action }) });

t.test('the states are the ones the OpenAPI document names', async (t) => {
  const skjema = openApiDocument('v1').components.schemas.ProviderStateRequest as { properties: { state: { enum: string[] } } };
  t.same(skjema.properties.state.enum, ['', ...TILSTANDER], 'and the empty one a verifier sends for an interaction without a state');
  t.same(TILSTANDER.slice(0, SAKSSTATUSER.length), SAKSSTATUSER.map((s) => `sak i status ${s}`), 'a case in each status');
});

t.test('sak i status <saksstatus>: a case of the official example in that status, with its events', async (t) => {
  const { app, token } = await oppsett(t);
  for (const saksstatus of SAKSSTATUSER) {
    const res = await tilstand(app, token, `sak i status ${saksstatus}`, saksstatus === 'sakBesluttet' ? { beslutning: 'utleggspant' } : undefined);
    t.equal(res.statusCode, 200, res.body);
    const verdier = res.json();
    t.equal(verdier.saksstatus, saksstatus);
    const status = (await get(app, token, `${API_V2}/status/${verdier.eksternSaksreferanse}`)).json();
    t.equal(status.saksstatus, saksstatus, `${saksstatus}: status på sak says so`);
    if (saksstatus === 'sakBesluttet') t.equal(status.beslutningsinformasjon[0].type, 'utleggspant');
  }
  const hendelser = (await get(app, token, `${API_V2}/hendelser?maksAntall=1000`)).json().hendelser as Json[];
  t.ok(hendelser.some((h) => h.type === 'saksstatusEndret' && h.data.saksstatus === 'sakAvsluttet'), 'each step between is an event');
  const lagret = (await get(app, token, `${API}/utleggsbegjaering/${(await tilstand(app, token, 'sak i status sakOpprettet', { versjon: 'v1' })).json().eksternSaksreferanse}`)).json();
  t.same(lagret.versjoner.map((v: Json) => v.modell), ['0.9'], 'versjon v1: a begjæring of model 0.9');
});

t.test('the same innsenderReferanse is the same case, moved on; a status behind it is 409', async (t) => {
  const { app, token } = await oppsett(t);
  const params = { innsenderReferanse: 'pact-kontrakt-1' };
  const en = (await tilstand(app, token, 'sak i status sakOpprettet', params)).json();
  const to = (await tilstand(app, token, 'sak i status sakOpprettet', params)).json();
  const tre = (await tilstand(app, token, 'sak i status sakForelagt', params)).json();
  t.same([en.eksternSaksreferanse, to.eksternSaksreferanse, tre.eksternSaksreferanse], Array(3).fill(en.eksternSaksreferanse));
  t.same([en.innsenderReferanse, tre.saksstatus], ['pact-kontrakt-1', 'sakForelagt']);
  const tilbake = await tilstand(app, token, 'sak i status sakUnderBehandling', params);
  t.equal(tilbake.statusCode, 409);
  t.equal(tilbake.json().kode, 'SANDBOX-409');
});

t.test('only the calling organisation: another sees nothing; the admin token acts for the one it names', async (t) => {
  const { app, token } = await oppsett(t);
  const { eksternSaksreferanse } = (await tilstand(app, token, 'sak i status sakUnderBehandling')).json();
  const annen = await tokenFor(app, ANNEN_ORG);
  t.equal((await get(app, annen, `${API_V2}/status/${eksternSaksreferanse}`)).statusCode, 404);
  const somAdmin = await post(app, ADMIN, URL, { state: 'sak i status sakOpprettet' }, ANNEN_ORG);
  t.equal(somAdmin.statusCode, 200);
  t.equal((await get(app, annen, `${API_V2}/status/${somAdmin.json().eksternSaksreferanse}`)).statusCode, 200, 'the named organisation has it');
  t.equal((await get(app, token, `${API_V2}/status/${somAdmin.json().eksternSaksreferanse}`)).statusCode, 404);
  t.equal((await post(app, token, URL, { state: 'sak i status sakOpprettet' }, ANNEN_ORG)).statusCode, 403, "a token cannot name another's");
});

t.test("Pact's verifiers send no header: the token in access_token, kept out of the request log", async (t) => {
  const { app, token } = await oppsett(t);
  const res = await app.inject({ method: 'POST', url: `${URL}?access_token=${token}`, payload: { state: 'vedlegg klart', params: {}, action: 'setup' } });
  t.equal(res.statusCode, 200, res.body);
  t.equal((await app.inject({ method: 'POST', url: URL, payload: { state: 'vedlegg klart' } })).statusCode, 401, 'without a token');
  const [innslag] = await logg(app, token, 'sti=/sandbox/provider-states');
  t.equal(innslag!.sti, '/sandbox/provider-states');
  t.notMatch(JSON.stringify(await logg(app, token)), token);
});

t.test('vedlegg klart and vedlegg med virus: processed at once, as the API shows them', async (t) => {
  const { app, token } = await oppsett(t);
  const klart = (await tilstand(app, token, 'vedlegg klart', { type: 'betalingsoppfordring', innsenderReferanse: 'InnsenderRef124' })).json();
  t.match(klart, { status: 'konvertert', type: 'betalingsoppfordring', innsenderReferanse: 'InnsenderRef124', filnavn: 'betalingsoppfordring.txt' });
  t.equal((await get(app, token, `${API_V2}/vedlegg/${klart.uuid}`)).json().status, 'konvertert');
  const pdf = await get(app, token, `${API_V2}/vedlegg/${klart.uuid}/innhold`);
  t.equal(pdf.headers['content-type'], 'application/pdf');
  const virus = (await tilstand(app, token, 'vedlegg med virus', { filnavn: 'faktura.pdf' })).json();
  t.match(virus, { status: 'inneholderVirus', type: 'tvangsgrunnlag', filnavn: 'faktura.pdf' });
  t.equal((await get(app, token, `${API_V2}/vedlegg/${virus.uuid}`)).json().status, 'inneholderVirus');
  const feilet = await tilstand(app, token, 'vedlegg klart', { filnavn: 'TEKNISK_FEIL.txt' });
  t.equal(feilet.statusCode, 400, 'a file name that makes processing fail: the state does not hold');
});

t.test('organisasjon på gammelt regelverk: one on the list, while the transition period lasts on the caller\'s clock', async (t) => {
  const { app, token } = await oppsett(t);
  const { identifikator } = (await tilstand(app, token, 'organisasjon på gammelt regelverk')).json();
  t.same(await slaaOpp(app, token, [identifikator], API_V2), ['gammelt']);
  t.equal((await tilstand(app, token, 'organisasjon på gammelt regelverk', { identifikator: '312597772' })).statusCode, 400, 'not on the list');
  await post(app, token, '/sandbox/klokke', { frem: 'P2Y' });
  const etter = await tilstand(app, token, 'organisasjon på gammelt regelverk', { identifikator });
  t.equal(etter.statusCode, 409);
  const annen = await tokenFor(app, ANNEN_ORG);
  t.equal((await tilstand(app, annen, 'organisasjon på gammelt regelverk', { identifikator })).statusCode, 200, "another organisation's clock has not moved");
});

t.test('klient registrert: a client of the organisation, with the consumer\'s key or a new one', async (t) => {
  const { app, token } = await oppsett(t);
  const ny = (await tilstand(app, token, 'klient registrert')).json();
  const jwk = (await get(app, token, '/sandbox/klienter')).json().klienter[0].jwks.keys[0];
  t.equal(jwk.kid, ny.kid);
  const egen = (await tilstand(app, token, 'klient registrert', { clientId: 'leverandoer-1', jwk: { ...jwk, kid: 'egen' }, scopes: ['skatteetaten:utleggsbegjaering'] })).json();
  t.same(egen, { clientId: 'leverandoer-1', kid: 'egen' });
  const klienter = (await get(app, token, '/sandbox/klienter')).json().klienter as Json[];
  t.same(klienter.map((k) => k.clientId).sort(), [ny.clientId, 'leverandoer-1'].sort());
  const annen = await tokenFor(app, ANNEN_ORG);
  t.equal((await tilstand(app, annen, 'klient registrert', { clientId: 'leverandoer-1' })).statusCode, 409, "another organisation's clientId");
  t.same((await get(app, annen, '/sandbox/klienter')).json().klienter, []);
});

t.test('refused: an unknown state or parameter (400); a teardown answers {} and undoes nothing', async (t) => {
  const { app, token } = await oppsett(t);
  const ukjent = await tilstand(app, token, 'en ukjent tilstand');
  t.equal(ukjent.statusCode, 400);
  t.match(ukjent.body, 'klient registrert', 'the answer names the states');
  t.equal((await tilstand(app, token, 'vedlegg klart', { typ: 'annet' })).statusCode, 400, 'a misspelt parameter');
  t.equal((await tilstand(app, token, 'sak i status sakBesluttet', { beslutning: 'fengsel' })).statusCode, 400);
  const foer = (await get(app, token, '/sandbox/oversikt/saker')).json().length;
  const ned = await tilstand(app, token, 'sak i status sakOpprettet', {}, 'teardown');
  t.same([ned.statusCode, ned.json()], [200, {}]);
  const ingen = await tilstand(app, token, '', {});
  t.same([ingen.statusCode, ingen.json()], [200, {}], 'no state');
  t.equal((await get(app, token, '/sandbox/oversikt/saker')).json().length, foer);
});

t.test('test-environment mode: a case is received and goes no further', async (t) => {
  const { app, token } = await oppsett(t, { sandboxModus: 'testmiljoe' });
  t.equal((await tilstand(app, token, 'sak i status sakOpprettet')).statusCode, 200);
  t.equal((await tilstand(app, token, 'sak i status sakBesluttet')).statusCode, 409);
});
