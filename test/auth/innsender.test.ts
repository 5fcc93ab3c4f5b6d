/**
 * Who may be innsender, by how the caller logged in (INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING at /v2): a vendor
 * logged in as itself (Alternativ 1) may send any Tenor organisation as innsender, as in Skatteetaten's test
 * environment; a system user (Alternativ 2) only its own organisation; a supplier acting for a consumer (delegation)
 * only the consumer. Alike on the event loop and in the validation thread (a database file).
 */
import t, { type Test } from 'tap';
import type { FastifyInstance } from 'fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_V2, example, testApp, tokenFor } from '../helpers.js';
import { lastOppVedleggFor } from '../vedlegg-fixture.js';
import { grantClaims, postGrant, registeredClient, sign } from './kit.js';

/** The vendor: the 2.0 examples' innsender. */
const LEVERANDOER = '312597772';
/** The vendor's customer. */
const KUNDE = '311758489';
/** Any other synthetic organisation. */
const TENOR = '313182495';

type Innlogging = 'virksomhet' | 'systembruker' | 'delegering';

/** A token of each way to log in, all from the vendor's side. */
async function token(app: FastifyInstance, innlogging: Innlogging): Promise<string> {
  if (innlogging === 'virksomhet') return tokenFor(app, LEVERANDOER);
  if (innlogging === 'systembruker') return tokenFor(app, LEVERANDOER, { systembrukerOrgnr: KUNDE });
  const klient = `leverandoer-${innlogging}`;
  const nokkel = await registeredClient(app, klient, LEVERANDOER);
  const grant = await sign(grantClaims(app, klient, { consumer_org: KUNDE }), nokkel.privateKey, { alg: 'RS256', kid: nokkel.kid });
  const res = await postGrant(app, grant);
  if (res.statusCode !== 200) throw new Error(`delegation grant: ${res.statusCode} ${res.body}`);
  return (res.json() as { access_token: string }).access_token;
}

/** POST /v2/utleggsbegjaering/valider of the 2.0 enkel example with `innsender`: the status and the codes. */
async function valider(app: FastifyInstance, token: string, innsender: string) {
  const begjaering = example('enkel', '2.0') as { innsender: { innsender: { virksomhet: { identifikator: { verdi: string } } } } };
  begjaering.innsender.innsender.virksomhet.identifikator.verdi = innsender;
  const payload = await lastOppVedleggFor(app, token, begjaering);
  const res = await app.inject({ method: 'POST', url: `${API_V2}/utleggsbegjaering/valider`, headers: { authorization: `Bearer ${token}` }, payload });
  const kontrollutslag = res.statusCode === 204 ? [] : (res.json() as { kontrollutslag: Array<{ kode: string; melding: string; sti: string }> }).kontrollutslag;
  return { status: res.statusCode, kontrollutslag: kontrollutslag.map(({ kode, melding, sti }) => ({ kode, melding, sti })) };
}

const avvist = (innsender: string, paalogget: string) => ({
  status: 422,
  kontrollutslag: [
    {
      kode: 'INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING',
      melding: `Innsenders organisasjonsnummer ${innsender}, som angitt i begjæringen, avviker fra pålogget virksomhet, ${paalogget}`,
      sti: '/innsender/innsender/virksomhet/identifikator/verdi',
    },
  ],
});
const godtatt = { status: 204, kontrollutslag: [] };

async function innsendere(t: Test, app: FastifyInstance): Promise<void> {
  const virksomhet = await token(app, 'virksomhet');
  t.same(await valider(app, virksomhet, TENOR), godtatt, 'Alternativ 1: any Tenor organisation as innsender');
  t.same(await valider(app, virksomhet, KUNDE), godtatt, 'Alternativ 1: the customer as innsender');

  const systembruker = await token(app, 'systembruker');
  t.same(await valider(app, systembruker, KUNDE), godtatt, "Alternativ 2: the system user's organisation");
  t.same(await valider(app, systembruker, TENOR), avvist(TENOR, KUNDE), 'Alternativ 2: another organisation');
  t.same(await valider(app, systembruker, LEVERANDOER), avvist(LEVERANDOER, KUNDE), 'Alternativ 2: not the vendor either');

  const delegering = await token(app, 'delegering');
  t.same(await valider(app, delegering, KUNDE), godtatt, 'delegation: the consumer');
  t.same(await valider(app, delegering, TENOR), avvist(TENOR, KUNDE), 'delegation: another organisation');
  t.same(await valider(app, delegering, LEVERANDOER), avvist(LEVERANDOER, KUNDE), 'delegation: not the supplier either');
}

t.test('on the event loop (in-memory database)', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  t.notOk(app.validering.iTraad);
  await innsendere(t, app);
});

t.test('in the validation thread (database file)', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-innsender-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const app = await testApp({ dbPath: join(dir, 'sandbox.db') });
  t.teardown(() => app.close());
  t.ok(app.validering.iTraad);
  await innsendere(t, app);
});
