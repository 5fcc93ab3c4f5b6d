/**
 * Model 2.0 at /v2 as a vendor meets it: the 2.0 examples (attachments uploaded) validate (204) and are received
 * (201); the case reads back in its model; status keys its krav as 2.0 does; /v1 still takes the official 0.9
 * examples; a body of the other model is refused at either version with a 400 that names the fields that tell.
 */
import t, { type Test } from 'tap';
import { API, API_V2, example, kallhoder, testApp, tokenFor } from '../helpers.js';
import { lastOppVedleggFor } from '../vedlegg-fixture.js';

const INNSENDER = '312597772';

async function oppsett(t: Test) {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, INNSENDER);
  return { app, headers: { authorization: `Bearer ${token}`, ...kallhoder() }, token };
}

t.test('the 2.0 examples: 204 from valider, 201 from submit, read back in model 2.0', async (t) => {
  const { app, headers, token } = await oppsett(t);
  for (const navn of ['enkel', 'kompleks'] as const) {
    const begjaering = await lastOppVedleggFor(app, token, example(navn, '2.0'));
    const valider = await app.inject({ method: 'POST', url: `${API_V2}/utleggsbegjaering/valider`, headers, payload: begjaering });
    t.equal(valider.statusCode, 204, `${navn}: ${valider.body}`);
    t.equal(valider.headers.advarsel, undefined, `${navn}: every field is model 2.0's`);
    const res = await app.inject({ method: 'POST', url: `${API_V2}/utleggsbegjaering`, headers, payload: begjaering });
    t.equal(res.statusCode, 201, `${navn}: ${res.body}`);
    const ref = res.json().eksternSaksreferanse as string;
    t.equal(res.headers.location, `http://localhost:8080${API_V2}/utleggsbegjaering/${ref}`);
    const lagret = (await app.inject({ method: 'GET', url: `${API_V2}/utleggsbegjaering/${ref}`, headers })).json();
    t.same(lagret.versjoner[0].begjaering, begjaering, `${navn}: stored as sent`);
    t.equal(lagret.versjoner[0].modell, '2.0');
  }
});

t.test('status on /v2 keys krav by innsendersKravreferanse, on /v1 by kravreferanse, whatever the case was sent in', async (t) => {
  const { app, headers, token } = await oppsett(t);
  const begjaering = await lastOppVedleggFor(app, token, example('enkel', '2.0'));
  const ref = (await app.inject({ method: 'POST', url: `${API_V2}/utleggsbegjaering`, headers, payload: begjaering })).json().eksternSaksreferanse;
  const v2 = (await app.inject({ method: 'GET', url: `${API_V2}/status/${ref}`, headers })).json();
  t.same(v2.krav.map((k: Record<string, string>) => k.innsendersKravreferanse), ['00890772001', 'RentekravPåHovedkrav_00890772001_1', 'UtenrettsligKostnaderAvHovedkrav_00890772001']);
  t.notOk('kravreferanse' in v2.krav[0]);
  const v1 = (await app.inject({ method: 'GET', url: `${API}/status/${ref}`, headers })).json();
  t.equal(v1.krav[0].kravreferanse, '00890772001');
  const fast = (await app.inject({ method: 'GET', url: `${API_V2}/status/TEST_SAK_BESLUTTET`, headers })).json();
  t.ok(fast.krav.every((k: Record<string, string>) => 'innsendersKravreferanse' in k && !('kravreferanse' in k)), 'TEST_SAK_* too');
  t.ok(fast.beslutningsinformasjon[0].krav.every((k: Record<string, string>) => 'innsendersKravreferanse' in k));
});

t.test('/v1 is unchanged: the official 0.9 examples are received', async (t) => {
  const { app, headers, token } = await oppsett(t);
  for (const navn of ['enkel', 'kompleks'] as const) {
    const begjaering = await lastOppVedleggFor(app, token, example(navn));
    const res = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering`, headers, payload: begjaering });
    t.equal(res.statusCode, 201, `${navn}: ${res.body}`);
  }
});

t.test('a body of the other model is refused with 400 FEIL_MODELLVERSJON, at either version, and nothing is stored', async (t) => {
  const { app, headers, token } = await oppsett(t);
  const v2 = await lastOppVedleggFor(app, token, example('enkel', '2.0'));
  const v09 = await lastOppVedleggFor(app, token, example('enkel'));
  for (const [url, body, modell, annen] of [[API, v2, '2.0', '0.9'], [API_V2, v09, '0.9', '2.0']] as const) {
    for (const sti of ['/utleggsbegjaering', '/utleggsbegjaering/valider']) {
      const res = await app.inject({ method: 'POST', url: `${url}${sti}`, headers, payload: body });
      t.equal(res.statusCode, 400, `${url}${sti}`);
      const feil = res.json();
      t.equal(feil.melding, `Begjæringen følger informasjonsmodell ${modell}, men ${url} tar imot modell ${annen}`);
      t.ok(feil.kontrollutslag.length > 0 && feil.kontrollutslag.every((k: { kode: string }) => k.kode === 'FEIL_MODELLVERSJON'));
    }
  }
  const fra2 = (await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering/valider`, headers, payload: v2 })).json();
  t.same(fra2.kontrollutslag[0], {
    kode: 'FEIL_MODELLVERSJON',
    melding: '/kravTilInnkreving/0/innsendersKravreferanse er et felt i modell 2.0 (i modell 0.9 kravreferanse)',
    beskrivelse: 'Begjæringen må følge informasjonsmodellen til API-versjonen (v1: modell 0.9)',
    sti: '/kravTilInnkreving/0/innsendersKravreferanse',
  });
  t.equal(app.db.prepare('SELECT count(*) FROM sak').pluck().get(), 0);
});

t.test('an endring may come through the other version: it is read, checked and stored in that version\'s model', async (t) => {
  const { app, headers, token } = await oppsett(t);
  const v09 = await lastOppVedleggFor(app, token, example('enkel'));
  const ref = (await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering`, headers, payload: v09 })).json().eksternSaksreferanse;
  await app.inject({ method: 'POST', url: `/sandbox/saker/${ref}/status`, headers, payload: { saksstatus: 'sakUnderBehandling' } });
  const v2 = await lastOppVedleggFor(app, token, { ...example('enkel', '2.0'), begjaeringsdato: v09.begjaeringsdato });
  const res = await app.inject({ method: 'PUT', url: `${API_V2}/utleggsbegjaering/${ref}`, headers, payload: v2 });
  t.equal(res.statusCode, 422, 'the 2.0 rules run: the enkel interest period starts after the 0.9 begjæringsdato');
  t.same(res.json().kontrollutslag.map((k: { kode: string }) => k.kode), ['RENTEKRAV_PERIODE_MAA_HA_GYLDIG_PERIODE']);
  const rettet = structuredClone(v2) as unknown as { kravTilInnkreving: { rentekrav?: { rentePeriode: Record<string, string> } }[] };
  rettet.kravTilInnkreving[1]!.rentekrav!.rentePeriode = { startDato: '2024-01-02', sluttDato: '2024-01-30' };
  const ok = await app.inject({ method: 'PUT', url: `${API_V2}/utleggsbegjaering/${ref}`, headers, payload: rettet });
  t.equal(ok.statusCode, 204, ok.body);
  const versjoner = (await app.inject({ method: 'GET', url: `${API}/utleggsbegjaering/${ref}`, headers })).json().versjoner;
  t.same(versjoner.map((v: { modell: string }) => v.modell), ['0.9', '2.0']);
  const status = (await app.inject({ method: 'GET', url: `${API_V2}/status/${ref}`, headers })).json();
  t.equal(status.krav[0].innsendersKravreferanse, '00890772001', 'read in the latest version\'s model');
});
