/**
 * The VEDLEGG_* and UGYLDIG_VEDLEGG_* rules through the API, against attachments really uploaded and processed:
 * every rule and every message variant, and the vendor's end-to-end flow with the official examples.
 */
import t, { type Test } from 'tap';
import type { FastifyInstance } from 'fastify';
import { ruleByKode } from '../../rules/engine.js';
import { fill } from '../../rules/lib/text.js';
import { API, example, testApp, tokenFor } from '../helpers.js';
import { fixtureFile, lastOppVedlegg, lastOppVedleggFor, type Fil } from '../vedlegg-fixture.js';
import { auth, ORG, OTHER_ORG } from './kit.js';

interface Utslag {
  kode: string;
  melding: string;
  sti: string;
}

/** Test data edited in place by JSON pointer. */
type Doc = Record<string, any>;

const TG = '/begjaeringensTvangsgrunnlag/0/tvangsgrunnlag';
const REFERANSE = 'InnsenderRef124';
const VEDLEGG_KODE = /^(UGYLDIG_)?VEDLEGG_/;

async function valider(app: FastifyInstance, token: string, begjaering: unknown): Promise<Utslag[]> {
  const res = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering/valider`, headers: auth(token), payload: begjaering as Doc });
  if (res.statusCode === 204) return [];
  if (res.statusCode !== 422) throw new Error(`${res.statusCode} ${res.body}`);
  return (res.json() as { kontrollutslag: Utslag[] }).kontrollutslag;
}

const vedleggUtslag = (utslag: Utslag[]) => utslag.filter((u) => VEDLEGG_KODE.test(u.kode));

async function upload(app: FastifyInstance, token: string, felt: Record<string, string>, fil?: Fil): Promise<string> {
  const res = await lastOppVedlegg(app, token, { type: 'tvangsgrunnlag', innsenderReferanse: REFERANSE, filnavn: 'tvangsgrunnlag', ...felt }, fil);
  if (res.statusCode !== 201) throw new Error(res.body);
  return (res.json() as { uuid: string }).uuid;
}

/** The reference object at a JSON pointer of the begjæring. */
function at(doc: Doc, pointer: string): Doc {
  return pointer.split('/').slice(1).reduce((node: Doc, key) => node[key], doc);
}

/** Expects exactly one VEDLEGG finding: `kode` at `sti` with `melding`. */
async function expectOne(t: Test, app: FastifyInstance, token: string, doc: Doc, kode: string, sti: string, melding: string) {
  const found = vedleggUtslag(await valider(app, token, doc));
  t.same(found.map((u) => ({ kode: u.kode, sti: u.sti, melding: u.melding })), [{ kode, sti, melding }], `${kode}: ${melding}`);
}

t.test('the base case: the enkel example with every attachment uploaded and converted has no VEDLEGG finding', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  t.same(vedleggUtslag(await valider(app, token, await lastOppVedleggFor(app, token, example('enkel')))), []);
});

t.test('VEDLEGG_SKAL_HA_UUID', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const base = await lastOppVedleggFor(app, token, example('enkel'));
  for (const uuid of [undefined, '']) {
    const doc = structuredClone(base) as Doc;
    at(doc, TG).uuid = uuid;
    await expectOne(t, app, token, doc, 'VEDLEGG_SKAL_HA_UUID', `${TG}/uuid`, "Vedlegg 'tvangsgrunnlag' mangler uuid");
  }
});

t.test('VEDLEGG_SKAL_VAERE_TILGJENGELIG: finnes ikke, slettet, kassert, inneholder virus', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const base = await lastOppVedleggFor(app, token, example('enkel'));
  const kode = 'VEDLEGG_SKAL_VAERE_TILGJENGELIG';
  const med = async (uuid: string) => {
    const doc = structuredClone(base) as Doc;
    at(doc, TG).uuid = uuid;
    return doc;
  };

  const ukjent = '4a1c3b52-7d7e-4c7e-9a54-5f1b0f0e7a11';
  await expectOne(t, app, token, await med(ukjent), kode, `${TG}/uuid`, `Vedlegg 'tvangsgrunnlag' med id '${ukjent}' finnes ikke.`);

  const other = await tokenFor(app, OTHER_ORG);
  const fremmed = await upload(app, other, {});
  await app.clock.settle();
  await expectOne(t, app, token, await med(fremmed), kode, `${TG}/uuid`, `Vedlegg 'tvangsgrunnlag' med id '${fremmed}' finnes ikke.`);

  const slettet = await upload(app, token, {});
  await app.clock.settle();
  await app.inject({ method: 'DELETE', url: `${API}/vedlegg/${slettet}`, headers: auth(token) });
  await expectOne(t, app, token, await med(slettet), kode, `${TG}/uuid`, "Vedlegg 'tvangsgrunnlag' er slettet.");

  const kassert = await upload(app, token, {});
  await app.clock.settle();
  const set = await app.inject({ method: 'POST', url: `/sandbox/vedlegg/${kassert}/status`, headers: auth(token), payload: { status: 'kassert' } });
  t.equal(set.statusCode, 200, set.body);
  await expectOne(t, app, token, await med(kassert), kode, `${TG}/uuid`, "Vedlegg 'tvangsgrunnlag' er kassert.");

  const virus = await upload(app, token, {}, { navn: 'eicar.txt', innhold: fixtureFile('eicar.txt') });
  await app.clock.settle();
  await expectOne(t, app, token, await med(virus), kode, `${TG}/uuid`, "Vedlegg 'tvangsgrunnlag' inneholder virus.");
});

t.test('VEDLEGG_SKAL_VAERE_VIRUSSJEKKET_VALIDERT_OG_KONVERTERT: mottatt, virussjekket, validert (real processing states)', async (t) => {
  const steg = 60_000;
  const app = await testApp({ vedleggStegMs: steg });
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const base = await lastOppVedleggFor(app, token, example('enkel'));
  const doc = structuredClone(base) as Doc;
  at(doc, TG).uuid = await upload(app, token, {});
  const kode = 'VEDLEGG_SKAL_VAERE_VIRUSSJEKKET_VALIDERT_OG_KONVERTERT';
  await expectOne(t, app, token, doc, kode, `${TG}/uuid`, "Vedlegg 'tvangsgrunnlag' er ikke virussjekket.");
  await app.clock.advance(ORG, steg);
  await expectOne(t, app, token, doc, kode, `${TG}/uuid`, "Vedlegg 'tvangsgrunnlag' er ikke validert.");
  await app.clock.advance(ORG, steg);
  await expectOne(t, app, token, doc, kode, `${TG}/uuid`, "Vedlegg 'tvangsgrunnlag' er ikke konvertert til gyldig pdf.");
  await app.clock.advance(ORG, steg);
  t.same(vedleggUtslag(await valider(app, token, doc)), [], 'konvertert: ready');
});

t.test('VEDLEGG_SKAL_IKKE_HA_FEILET: valideringFeilet, konverteringFeilet, kanIkkeKonverteres', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const base = await lastOppVedleggFor(app, token, example('enkel'));
  const kode = 'VEDLEGG_SKAL_IKKE_HA_FEILET';
  const cases: Array<[string, Record<string, string>, Fil, string]> = [
    ['valideringFeilet', { filnavn: 'tvangsgrunnlag-TEKNISK_FEIL' }, { navn: 'a.pdf', innhold: fixtureFile('tvangsgrunnlag.pdf') },
      "Vedlegg 'tvangsgrunnlag' er er forsøkt validert, men valideringen feilet pga teknisk feil. Vennligst forsøk å laste opp vedlegget på nytt, og hvis problemet vedvarer, kontakt support"],
    ['konverteringFeilet', {}, { navn: 'c.png', innhold: Buffer.concat([fixtureFile('betalingsoppfordring.png').subarray(0, 8), Buffer.from('?')]) },
      "Vedlegg 'tvangsgrunnlag' feilet ved forsøk på konvertering til gyldig pdf."],
    ['kanIkkeKonverteres', {}, { navn: 'fullmakt.docx', innhold: fixtureFile('fullmakt.docx') },
      "Vedlegg 'tvangsgrunnlag' lar seg ikke konvertere til gyldig pdf."],
  ];
  for (const [status, felt, fil, melding] of cases) {
    const uuid = await upload(app, token, felt, fil);
    await app.clock.settle();
    const res = await app.inject({ method: 'GET', url: `${API}/vedlegg/${uuid}`, headers: auth(token) });
    t.equal(res.json().status, status);
    const doc = structuredClone(base) as Doc;
    at(doc, TG).uuid = uuid;
    await expectOne(t, app, token, doc, kode, `${TG}/uuid`, melding);
  }
});

t.test('VEDLEGG_SKAL_HA_REFERANSE_TIL_BEGJAERINGEN', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const doc = structuredClone(await lastOppVedleggFor(app, token, example('enkel'))) as Doc;
  at(doc, TG).uuid = await upload(app, token, { innsenderReferanse: 'EnAnnenBegjaering' });
  await app.clock.settle();
  await expectOne(t, app, token, doc, 'VEDLEGG_SKAL_HA_REFERANSE_TIL_BEGJAERINGEN', `${TG}/uuid`,
    `Vedlegg 'tvangsgrunnlag' er lagret med referanse til en annen begjæring og kan ikke benyttes i denne begjæringen. Last opp vedlegg pånytt med referanse til '${REFERANSE}'`);
});

t.test('UGYLDIG_VEDLEGG_*: the stored type decides', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const base = await lastOppVedleggFor(app, token, example('enkel'));
  // Where each type rule looks; fullmakt and transporterklæring are not in the example, so they are added.
  const places: Array<[string, string, string, (doc: Doc, ref: Doc) => void, Record<string, string>]> = [
    ['UGYLDIG_VEDLEGG_BETALINGSOPPFORDRING', 'betalingsoppfordring', '/kravTilInnkreving/0/betalingsoppfordring/0/betalingsoppfordring',
      (doc, ref) => (doc.kravTilInnkreving[0].betalingsoppfordring[0].betalingsoppfordring = ref), { filnavn: 'betalingsoppfordring.pdf' }],
    ['UGYLDIG_VEDLEGG_FULLMAKT', 'fullmakt', '/innsender/prosessfullmektig/fullmakt',
      (doc, ref) => (doc.innsender.prosessfullmektig = { ...doc.innsender.prosessfullmektig, fullmakt: ref }), { filnavn: 'fullmakt.pdf' }],
    ['UGYLDIG_VEDLEGG_TRANSPORTERKLÆRING', 'transporterklæring', '/kravTilInnkreving/0/transporterklaering',
      (doc, ref) => (doc.kravTilInnkreving[0].transporterklaering = ref), { filnavn: 'transport.pdf' }],
    ['UGYLDIG_VEDLEGG_TVANGSGRUNNLAG', 'tvangsgrunnlag', TG, (doc, ref) => (doc.begjaeringensTvangsgrunnlag[0].tvangsgrunnlag = ref),
      { betegnelse: 'Kredittkort' }],
    ['UGYLDIG_VEDLEGG_TVANGSKRAFTGRUNNLAG', 'tvangskraftgrunnlag', '/begjaeringensTvangsgrunnlag/0/varsel/0/tvangskraftgrunnlag',
      (doc, ref) => (doc.begjaeringensTvangsgrunnlag[0].varsel[0].tvangskraftgrunnlag = ref), { filnavn: 'tvangskraftgrunnlag' }],
  ];
  for (const [kode, type, sti, place, values] of places) {
    const filnavn = values.filnavn ?? 'tvangsgrunnlag';
    const right = await upload(app, token, { type, filnavn });
    const wrong = await upload(app, token, { type: 'annet', filnavn });
    await app.clock.settle();
    const withRef = (uuid: string, declared: string) => {
      const doc = structuredClone(base) as Doc;
      place(doc, { type: declared, filnavn, uuid });
      return doc;
    };
    const typeFindings = async (doc: Doc) => (await valider(app, token, doc)).filter((u) => u.kode.startsWith('UGYLDIG_VEDLEGG_'));

    const melding = fill(ruleByKode(kode)!.avvikstekst, values);
    t.same(await typeFindings(withRef(wrong, type)), [{ kode, melding, beskrivelse: ruleByKode(kode)!.beskrivelse, sti: `${sti}/type` }],
      `${kode}: declared ${type}, stored annet`);
    t.same(await typeFindings(withRef(right, type)), [], `${kode}: stored ${type}`);
    t.same(await typeFindings(withRef(right, 'annet')), [], `${kode}: the stored type wins over a wrong declared one`);
  }
});

t.test('end to end, as a vendor: upload, wait, substitute the uuids, submit the official examples', async (t) => {
  for (const navn of ['enkel', 'kompleks'] as const) {
    const app = await testApp();
    t.teardown(() => app.close());
    const token = await tokenFor(app, ORG);

    // Referencing the uploads before they are processed is refused, every reference by name.
    app.clock.hold();
    const tidlig = await lastOppVedleggFor(app, token, example(navn), { vent: false });
    const res = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering`, headers: auth(token), payload: tidlig });
    t.equal(res.statusCode, 422, `${navn}: too early`);
    const utslag = vedleggUtslag(res.json().kontrollutslag);
    const refs = JSON.stringify(example(navn)).match(/"uuid"/g)!.length;
    t.equal(utslag.length, refs, `${navn}: one finding per reference`);
    t.ok(utslag.every((u) => u.kode === 'VEDLEGG_SKAL_VAERE_VIRUSSJEKKET_VALIDERT_OG_KONVERTERT' && / er ikke virussjekket\.$/.test(u.melding)));

    // Once converted, the same begjæring passes every VEDLEGG rule and is accepted.
    app.clock.release();
    await app.clock.settle();
    const klar = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering`, headers: auth(token), payload: tidlig });
    t.same(vedleggUtslag(klar.statusCode === 422 ? klar.json().kontrollutslag : []), [], `${navn}: no VEDLEGG finding`);
    t.equal(klar.statusCode, 201, `${navn}: 201 — ${klar.body}`);
  }
});
