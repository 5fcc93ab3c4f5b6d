/**
 * Test-environment mode (SANDBOX_MODUS=testmiljoe): a vendor's full flow against what Skatteetaten's pages say of the
 * test environment — "Innsendinger av vedlegg og utleggsbegjæringer i testmiljøet vil ikke bli videre behandlet"
 * (ELAN, tab Test) and "Innsendte saker i testmiljøet behandles ikke videre og man kan derfor ikke spørre på status
 * mot disse. For å teste Status på sak benytter man verdiene i tabellen under" (Status på sak, tab Test).
 */
import t from 'tap';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_V2, testApp, tokenFor } from '../helpers.js';
import { ORG, SAKSOEKT, auth, begjaeringFor, foelgerSkjema, get, koder, nySak, post, slaaOpp, type Json } from '../sandbox/kit.js';
import { vedleggRefs } from '../../rules/lib/vedlegg-refs.js';
import { modellAv } from '../../rules/lib/modell.js';
import type { Begjaering } from '../../rules/lib/model.js';

const ETT_AAR_MS = 365 * 86_400_000;

t.test('a vendor\'s full flow under /v2 in test-environment mode', async (t) => {
  const app = await testApp({ sandboxModus: 'testmiljoe', sakStegMs: 60_000, vedleggStegMs: 1000 });
  t.teardown(() => app.close());
  const helse = await app.inject({ method: 'GET', url: '/health' });
  t.same(helse.json(), { status: 'ok', modus: 'testmiljoe' }, '/health says which mode');
  const token = await tokenFor(app, ORG);

  // Received: attachments go through their intake checks, the begjæring is validated and accepted with them.
  const begjaering = await begjaeringFor(app, token, ORG, API_V2);
  const uuider = [...new Set(vedleggRefs(begjaering as Begjaering, modellAv(begjaering)).map((r) => r.vedlegg.uuid!))];
  for (const uuid of uuider) t.equal((await get(app, token, `${API_V2}/vedlegg/${uuid}`)).json().status, 'konvertert', `vedlegg ${uuid}`);
  t.equal((await post(app, token, `${API_V2}/utleggsbegjaering/valider`, begjaering)).statusCode, 204, 'valider');
  t.same(await slaaOpp(app, token, [SAKSOEKT], API_V2), ['nytt']);
  const sendt = await post(app, token, `${API_V2}/utleggsbegjaering`, begjaering);
  t.equal(sendt.statusCode, 201, sendt.body);
  const ref = sendt.json().eksternSaksreferanse as string;

  // "man kan derfor ikke spørre på status mot disse": an own case answers as TEST_UGYLDIG does.
  const status = await get(app, token, `${API_V2}/status/${ref}`);
  t.equal(status.statusCode, 404);
  t.match(status.json(), { kode: 'KB-009', status: 404, melding: /testmiljø/ });
  t.equal((await get(app, token, `${API_V2}/status/TEST_UGYLDIG`)).statusCode, 404);
  const fast = await get(app, token, `${API_V2}/status/TEST_SAK_BESLUTTET`);
  t.equal(fast.statusCode, 200, '"For å teste Status på sak benytter man verdiene i tabellen"');
  t.equal(fast.json().saksstatus, 'sakBesluttet');

  // "vil ikke bli videre behandlet": a year of sandbox time later the case is as received.
  await app.clock.advance(ORG, ETT_AAR_MS);
  const lagret = (await get(app, token, `${API_V2}/utleggsbegjaering/${ref}`)).json();
  t.match(lagret, { saksstatus: 'sakOpprettet', versjoner: [{ versjon: 1, behandlet: 'ubehandlet' }] });
  const hendelser = (await get(app, token, `${API_V2}/hendelser?maksAntall=1000`)).json().hendelser as Json[];
  t.same([...new Set(hendelser.map((h) => h.type))], ['vedleggStatusEndret'], 'intake outcomes only: no case event');

  // Its first version is never processed, so an endring always meets UAVKLART_STATUS.
  for (const url of [`${API_V2}/utleggsbegjaering/${ref}`, `${API_V2}/utleggsbegjaering/valider/${ref}`]) {
    const endring = await app.inject({ method: 'PUT', url, headers: auth(token), payload: begjaering });
    t.equal(endring.statusCode, 422, url);
    t.same(koder(endring.json()), ['UAVKLART_STATUS'], url);
  }

  // The sandbox controls that play Skatteetaten's part are refused.
  for (const [url, payload] of [
    [`/sandbox/saker/${ref}/status`, { saksstatus: 'sakUnderBehandling' }],
    [`/sandbox/saker/${ref}/retting`, { melding: 'Rett kravet' }],
    [`/sandbox/vedlegg/${uuider[0]}/status`, { status: 'kassert' }],
  ] as const) {
    const res = await post(app, token, url, payload);
    t.equal(res.statusCode, 409, url);
    t.match(res.json(), { kode: 'SANDBOX-409', melding: /SANDBOX_MODUS=testmiljoe/ }, url);
  }
  t.equal((await get(app, token, `${API_V2}/vedlegg/${uuider[0]}`)).json().status, 'konvertert', 'the attachment is as its intake left it');

  const rapport = (await get(app, token, '/sandbox/rapport')).json();
  foelgerSkjema(t, 'Rapport', rapport);
  t.equal(rapport.modus, 'testmiljoe', 'the report says which mode');
  t.match((await get(app, token, '/sandbox/rapport?format=html')).body, /Modus: <strong>testmiljø/);
});

t.test('a case left scheduled by a run in livssyklus mode does not move once the sandbox restarts in test-environment mode', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-testmiljoe-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const dbPath = join(dir, 'sandbox.db');
  const foer = await testApp({ dbPath, sakStegMs: 60_000 });
  const { ref } = await nySak(foer, await tokenFor(foer, ORG));
  await foer.close();

  const etter = await testApp({ dbPath, sakStegMs: 60_000, sandboxModus: 'testmiljoe' });
  t.teardown(() => etter.close());
  const token = await tokenFor(etter, ORG);
  await etter.clock.advance(ORG, ETT_AAR_MS);
  t.equal(etter.saker.hent(ORG, ref)?.saksstatus, 'sakOpprettet', 'its due step was dropped');

  const livssyklus = await testApp({ sakStegMs: 60_000 });
  t.teardown(() => livssyklus.close());
  const kontroll = await nySak(livssyklus, await tokenFor(livssyklus, ORG));
  await livssyklus.clock.advance(ORG, ETT_AAR_MS);
  t.not(livssyklus.saker.hent(ORG, kontroll.ref)?.saksstatus, 'sakOpprettet', 'in livssyklus mode the same case moves on');
  t.equal((await get(etter, token, '/health')).json().modus, 'testmiljoe');
});
