/** /sandbox/oversikt: the console's listings of cases and attachments, scoped to the organisation. */
import t from 'tap';
import { API, testApp, tokenFor } from '../helpers.js';
import { ADMIN, ANNEN_ORG, ORG, auth, get, nySak, post, type Json } from './kit.js';

t.test('cases with status and versions; one case with its timeline, versions and rejected requests', async (t) => {
  const app = await testApp({ sakStegMs: 0, sandboxAdminToken: ADMIN });
  t.teardown(() => app.close());
  const [a, b] = [await tokenFor(app, ORG), await tokenFor(app, ANNEN_ORG)];
  const foerste = await nySak(app, a);
  const andre = await nySak(app, a);
  await nySak(app, b, ANNEN_ORG);
  await post(app, a, `/sandbox/saker/${foerste.ref}/status`, { saksstatus: 'sakUnderBehandling' });
  const endret = { ...foerste.begjaering, begjaeringsdato: '2020-01-01' };
  const avvist = await app.inject({ method: 'PUT', url: `${API}/utleggsbegjaering/${foerste.ref}`, headers: auth(a), payload: endret });
  t.equal(avvist.statusCode, 422);
  t.equal((await app.inject({ method: 'PUT', url: `${API}/utleggsbegjaering/${foerste.ref}`, headers: auth(a), payload: foerste.begjaering })).statusCode, 204);

  const saker = (await get(app, a, '/sandbox/oversikt/saker')).json() as Json[];
  t.same(saker.map((s) => s.eksternSaksreferanse), [andre.ref, foerste.ref], 'newest first, only A\'s');
  t.match(saker[1], { saksstatus: 'sakUnderBehandling', antallVersjoner: 2, beslutning: null, alminneligNamsmannsReferanse: /^UTLBGJ\// });
  t.match(saker[0], { saksstatus: 'sakOpprettet', antallVersjoner: 1, innsenderReferanse: andre.begjaering.innsenderReferanse });

  const sak = (await get(app, a, `/sandbox/oversikt/saker/${foerste.ref}`)).json() as Json;
  t.match(sak.status, { eksternSaksreferanse: foerste.ref, saksstatus: 'sakUnderBehandling' });
  t.same(sak.versjoner.map((v: Json) => v.versjon), [1, 2]);
  t.same(sak.versjoner[0].begjaering, foerste.begjaering, 'the version as submitted');
  t.same(sak.hendelser.map((h: Json) => h.data.saksstatus), ['sakOpprettet', 'sakUnderBehandling'], 'the status timeline');
  t.equal(sak.avvisteForespoersler.length, 1);
  t.same(sak.avvisteForespoersler[0].feil, avvist.json(), 'the whole 422 of the endring');
  t.ok(sak.avvisteForespoersler[0].kontrollutslag.includes('ULOVLIG_ENDRING_BEGJAERINGSDATO'));

  t.equal((await get(app, b, `/sandbox/oversikt/saker/${foerste.ref}`)).statusCode, 404, 'another organisation\'s case is unknown');
  t.equal((await get(app, ADMIN, `/sandbox/oversikt/saker/${foerste.ref}`, ORG)).statusCode, 200, 'the admin token names A');
  t.equal((await get(app, b, '/sandbox/oversikt/saker')).json().length, 1);
});

t.test('attachments with their status, newest first, only the organisation\'s', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const [a, b] = [await tokenFor(app, ORG), await tokenFor(app, ANNEN_ORG)];
  const { begjaering } = await nySak(app, a);
  const uuid = (begjaering.vedlegg as Json[])[0]!.uuid as string;
  await post(app, a, `/sandbox/vedlegg/${uuid}/status`, { status: 'kassert' });

  const vedlegg = (await get(app, a, '/sandbox/oversikt/vedlegg')).json() as Json[];
  t.ok(vedlegg.length >= 2);
  t.match(vedlegg.find((v) => v.uuid === uuid), { status: 'kassert', type: String, filnavn: String, storrelse: Number, sha256: /^[0-9a-f]{64}$/ });
  t.ok(vedlegg.filter((v) => v.uuid !== uuid).every((v) => v.status === 'konvertert'));
  t.same((await get(app, b, '/sandbox/oversikt/vedlegg')).json(), []);
  t.equal((await app.inject({ method: 'GET', url: '/sandbox/oversikt/vedlegg' })).statusCode, 401);
});
