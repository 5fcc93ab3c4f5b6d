/** Innsyn i ett trekk through the API: a–e consistent with the case, closed trekk, and who may see what. */
import t from 'tap';
import { leggTilMaaneder } from '../../server/sak/dato.js';
import { API, API_V2, example, tokenFor } from '../helpers.js';
import { ANNEN_ORG, ORG, TIME, innsynPaa, nySak, sakApp, settStatus, statusPaa, type Json } from './kit.js';

const DAG = 24 * TIME;
/** Another valid organisation number: neither party nor prosessfullmektig in the official example. */
const FREMMED_ORG = '312759667';
const oere = (b: Json) => Math.round(b.beloep * 100);

/** The official enkel example at `modell` with its creditor side's prosessfullmektiger (both ORG there) set to `orgnr`. */
function medProsessfullmektig(orgnr: string, modell: '0.9' | '2.0' = '0.9'): Json {
  const b = example('enkel', modell) as Json;
  const [saksoeker, innsender] = modell === '0.9' ? ['prosessfullmektig', 'prosessfullmektig'] : ['saksoekersProsessfullmektig', 'innsendersProsessfullmektig'];
  b.saksoeker[0][saksoeker].prosessfullmektig.virksomhet.identifikator.verdi = orgnr;
  b.innsender[innsender].prosessfullmektig.virksomhet.identifikator.verdi = orgnr;
  return b;
}

t.test('an own case decided with utleggstrekk: a–e consistent with its status and the clock, at /v1 and /v2', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const { ref } = await nySak(app, token);
  await settStatus(app, token, ref, { saksstatus: 'sakBesluttet', beslutning: 'utleggstrekk' });
  const status = (await statusPaa(app, token, ref)).body;
  const beslutning = status.beslutningsinformasjon[0];

  const { status: kode, body } = await innsynPaa(app, token, ref);
  t.equal(kode, 200, JSON.stringify(body));
  t.match(body, { eksternSaksreferanse: ref, alminneligNamsmannsReferanse: status.alminneligNamsmannsReferanse, innsynsdato: beslutning.dato });
  t.same(body.krav.map((k: Json) => [k.kravreferanse, k.kravgrunnlagsidentifikator, k.prioritetDekningsloven, k.gjenstaaendeBeloep]),
    beslutning.krav.map((k: Json) => [k.kravreferanse, k.kravgrunnlagsidentifikator, 'b', k.beloep]), 'the decision\'s krav, amounts and artsprioritet');
  for (const k of body.krav) {
    t.equal(oere(k.sumKravMedLikArtsprioritet), oere(k.dividendegrunnlag.kravet) + oere(k.dividendegrunnlag.deAndreKravene), 'b) adds up');
    t.ok(oere(k.dividendegrunnlag.deAndreKravene) >= oere(body.krav.find((x: Json) => x !== k).gjenstaaendeBeloep), 'b) counts the saksøker\'s other krav of artsprioritet b');
  }
  t.same(new Set(body.krav.map((k: Json) => oere(k.sumKravMedBedreArtsprioritet))).size, 1, 'a) the same for krav of one artsprioritet');
  t.match(body.loependeBidragskrav, { beloep: Number, valuta: 'NOK' }, 'c)');
  t.notOk('sistGjennomfoerteTrekk' in body, 'd) no trekk yet');
  t.same(body.mottatteOgPlasserteBeloep, []);
  t.match(body.trekkpaalegg[0], { trekkpliktig: { organisasjonsnummer: /^\d{9}$/, navn: String }, trekketsStoerrelse: { trekkbeloep: { valuta: 'NOK' }, trekkprosent: Number }, gjelderFra: beslutning.dato }, 'e)');

  const v2 = (await innsynPaa(app, token, ref, API_V2)).body;
  t.same(v2.krav.map((k: Json) => k.innsendersKravreferanse), body.krav.map((k: Json) => k.kravreferanse), '/v2 keys the krav by innsendersKravreferanse');
  t.notOk('kravreferanse' in v2.krav[0]);
  t.same(JSON.parse(JSON.stringify(v2).replaceAll('"innsendersKravreferanse"', '"kravreferanse"')), body, 'otherwise the same answer');

  await app.clock.advance(ORG, 65 * DAG);
  const senere = (await innsynPaa(app, token, ref)).body;
  t.equal(senere.innsynsdato, app.clock.now(ORG).toISOString().slice(0, 10), 'the sandbox clock\'s day');
  t.equal(senere.sistGjennomfoerteTrekk.dato, leggTilMaaneder(beslutning.dato, 2), 'd) the second month\'s trekk');
  t.ok(senere.mottatteOgPlasserteBeloep.every((m: Json) => m.dato >= leggTilMaaneder(senere.innsynsdato, -1) && m.dato <= senere.innsynsdato), 'd) today and one month back');
  t.same(senere.mottatteOgPlasserteBeloep.at(-1).mottatt, senere.sistGjennomfoerteTrekk.beloep);
  const plassertNaa = senere.mottatteOgPlasserteBeloep.flatMap((m: Json) => m.plassert);
  t.ok(plassertNaa.every((p: Json) => beslutning.krav.some((k: Json) => k.kravgrunnlagsidentifikator === p.kravgrunnlagsidentifikator)), 'placed only on the saksøker\'s krav, by their identifier');
  t.same((await innsynPaa(app, token, ref)).body, senere, 'deterministic');
});

t.test('no established trekk, or a closed one: 404 KB-007', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const [trekk, pant, avsluttet] = [await nySak(app, token), await nySak(app, token), await nySak(app, token)];
  const grunn = async (ref: string) => {
    const svar = await innsynPaa(app, token, ref);
    return `${svar.status} ${svar.body.kode} ${svar.body.melding}`;
  };
  t.match(await grunn(trekk.ref), /^404 KB-007 .*ikke noe etablert utleggstrekk \(saksstatus sakOpprettet\)/, 'not decided yet');
  await settStatus(app, token, pant.ref, { saksstatus: 'sakBesluttet', beslutning: 'utleggspant' });
  t.match(await grunn(pant.ref), /^404 KB-007 /, 'utleggspant has no trekk');
  await settStatus(app, token, avsluttet.ref, { saksstatus: 'sakBesluttet', beslutning: 'utleggstrekk' });
  await settStatus(app, token, avsluttet.ref, { saksstatus: 'sakAvsluttet' });
  t.equal((await innsynPaa(app, token, avsluttet.ref)).status, 200, 'sakAvsluttet: the case is done, its trekk runs on');
  for (const saksstatus of ['sakHevet', 'sakNektetFremmet']) {
    const { ref } = await nySak(app, token);
    await settStatus(app, token, ref, { saksstatus });
    t.match(await grunn(ref), new RegExp(`^404 KB-007 .*ikke noe etablert utleggstrekk \\(saksstatus ${saksstatus}\\)`), `${saksstatus}: never established`);
  }

  await settStatus(app, token, trekk.ref, { saksstatus: 'sakBesluttet', beslutning: 'utleggstrekk' });
  t.equal((await innsynPaa(app, token, trekk.ref)).status, 200);
  await app.clock.advance(ORG, 20_000 * DAG); // the slowest drawn trekk (5 % of the lowest pay, the largest krav) takes some 42 years
  t.match(await grunn(trekk.ref), /^404 KB-007 Trekket i sak .* er avsluttet: kravene i saken er dekket/, 'every krav covered: the trekk is closed');
  t.match(await grunn(avsluttet.ref), /^404 KB-007 .* er avsluttet/);
  t.match(await grunn('ukjent'), /^404 KB-009 /);
});

t.test('who may see: the saksøker or a prosessfullmektig of its side, never a vendor in the token', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const besluttet = async (utkast: Json, api = API) => {
    const { ref } = await nySak(app, token, utkast, api);
    await settStatus(app, token, ref, { saksstatus: 'sakBesluttet', beslutning: 'utleggstrekk' });
    return ref;
  };
  t.equal((await innsynPaa(app, token, await besluttet(example('enkel')))).status, 200, 'prosessfullmektig for saksøker and innsender');

  const fremmed = await besluttet(medProsessfullmektig(FREMMED_ORG));
  const nekt = await innsynPaa(app, token, fremmed);
  t.equal(nekt.status, 404, 'sent in, but neither saksøker nor named prosessfullmektig');
  t.equal(nekt.body.kode, 'KB-009');
  t.match(nekt.body.melding, `${ORG} er verken saksøker eller prosessfullmektig`);
  t.equal((await statusPaa(app, token, fremmed)).status, 200, 'its status is still the innsender\'s to see');
  const v2 = await besluttet(medProsessfullmektig(FREMMED_ORG, '2.0'), API_V2);
  t.equal((await innsynPaa(app, token, v2, API_V2)).status, 404, 'the same under model 2.0\'s keys');

  const kunInnsender = medProsessfullmektig(FREMMED_ORG);
  kunInnsender.innsender.prosessfullmektig.prosessfullmektig.virksomhet.identifikator.verdi = ORG;
  t.equal((await innsynPaa(app, token, await besluttet(kunInnsender))).status, 200, 'the innsender\'s prosessfullmektig');

  const saksoeker = medProsessfullmektig(FREMMED_ORG);
  saksoeker.saksoeker[0].saksoeker.virksomhet.identifikator.verdi = ORG;
  t.equal((await innsynPaa(app, token, await besluttet(saksoeker))).status, 200, 'the saksøker itself');

  const saksoektes = medProsessfullmektig(FREMMED_ORG);
  saksoektes.saksoekt[0].prosessfullmektig.prosessfullmektig.virksomhet.identifikator.verdi = ORG;
  t.equal((await innsynPaa(app, token, await besluttet(saksoektes))).status, 404, 'the saksøkte\'s prosessfullmektig is the debtor\'s');

  // A vendor that is the case's saksøker, logged in for its customer ORG with a system user: the customer asks.
  const leverandoer = await tokenFor(app, '311758489', { systembrukerOrgnr: ORG });
  t.equal((await innsynPaa(app, leverandoer, fremmed)).status, 404, 'the vendor in the token is no party to the case');
  t.equal((await innsynPaa(app, leverandoer, await besluttet(example('enkel')))).status, 200, 'the customer is');
});

t.test('TEST_SAK_*: only after an own case linking the same saksøker and saksøkt', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const foer = await innsynPaa(app, token, 'TEST_SAK_BESLUTTET');
  t.equal(foer.status, 404);
  t.equal(foer.body.kode, 'KB-009');
  t.match(foer.body.melding, 'innsender må ha sendt inn en utleggssak knyttet til saksøker 311758489 og saksøkt 44926701751');

  await nySak(app, token, example('kompleks'));
  t.equal((await innsynPaa(app, token, 'TEST_SAK_BESLUTTET')).status, 404, 'other parties do not count');
  await nySak(app, token, medProsessfullmektig(FREMMED_ORG));
  t.equal((await innsynPaa(app, token, 'TEST_SAK_BESLUTTET')).status, 404, 'nor a case it is no prosessfullmektig in');
  await nySak(app, token);
  const etter = await innsynPaa(app, token, 'TEST_SAK_BESLUTTET');
  t.equal(etter.status, 200, 'the official example links them (not yet decided: it need not be)');
  t.same(etter.body.krav.map((k: Json) => [k.kravreferanse, k.kravgrunnlagsidentifikator]), [['00890772001', 'KGI-TEST-5-1']], 'the fixture\'s utleggstrekk');
  t.same((await innsynPaa(app, token, 'TEST_SAK_BESLUTTET', API_V2)).body.krav[0].innsendersKravreferanse, '00890772001');

  for (const [ref, kode] of [['TEST_SAK_HEVET', 'KB-007'], ['TEST_SAK_OPPRETTET', 'KB-007'], ['TEST_UGYLDIG', 'KB-009']] as const) {
    t.equal((await innsynPaa(app, token, ref)).body.kode, kode, ref);
  }
  const annen = await tokenFor(app, ANNEN_ORG);
  t.equal((await innsynPaa(app, annen, 'TEST_SAK_BESLUTTET')).status, 404, 'per organisation');
});
