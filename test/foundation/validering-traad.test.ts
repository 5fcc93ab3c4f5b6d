/**
 * With a database file, submissions and validations are checked in the validation thread; with an in-memory
 * database (most tests) on the event loop. Both must answer every body alike: valid, unknown fields, rule
 * violations, schema failures, broken JSON, a duplicate, a missing attachment.
 */
import t from 'tap';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { API, example, kallhoder, testApp, tokenFor } from '../helpers.js';
import { lastOppVedleggFor, ventTilKonvertert } from '../vedlegg-fixture.js';

const INNSENDER = '312597772';
type Json = Record<string, unknown>;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Bodies as text (some are not JSON), built from a begjæring whose attachments are uploaded. */
function varianter(enkel: Json, kompleks: Json): Record<string, string> {
  const endret = (b: Json, f: (c: Json) => void) => {
    const c = structuredClone(b);
    f(c);
    return JSON.stringify(c);
  };
  return {
    enkel: JSON.stringify(enkel),
    kompleks: JSON.stringify(kompleks),
    ukjenteFelt: endret(enkel, (c) => Object.assign(c, { ekstra: 1, innsender: { ...(c.innsender as Json), paaFinnNorsk: 'x' } })),
    regelbrudd: endret(enkel, (c) => {
      delete c.innsender;
      c.kravTilInnkreving = [];
      (c.vedlegg as Json[])[0]!.uuid = '00000000-0000-4000-8000-000000000000';
    }),
    skjemabrudd: endret(enkel, (c) => Object.assign(c, { begjaeringsdato: '2024-02-31', innsenderReferanse: 42 })),
    ikkeJson: '{"innsenderReferanse": ',
    tom: '',
    proto: '{"__proto__": {"x": 1}}',
    constructor: '{"a": {"constructor": {"prototype": {"x": 1}}}}',
    null: 'null',
    liste: '[]',
  };
}

/** What a client sees, without what differs by nature (korrelasjonsid, uuids of uploads). */
function sett(res: LightMyRequestResponse): Json {
  const body = res.body ? (JSON.parse(res.body.replace(UUID, 'UUID')) as Json) : undefined;
  if (body) delete body.korrelasjonsid;
  return { status: res.statusCode, advarsel: res.headers.advarsel, body };
}

async function svar(app: FastifyInstance): Promise<Record<string, Json>> {
  const token = await tokenFor(app, INNSENDER);
  const kall = kallhoder();
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...kall };
  const enkel = await lastOppVedleggFor(app, token, example('enkel'));
  const kompleks = await lastOppVedleggFor(app, token, { ...example('kompleks'), innsenderReferanse: 'kompleks-1' });
  const ut: Record<string, Json> = {};
  for (const [navn, payload] of Object.entries(varianter(enkel, kompleks))) {
    ut[`valider ${navn}`] = sett(await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering/valider`, headers, payload }));
  }
  const utenKropp = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering/valider`, headers: { authorization: headers.authorization, ...kall } });
  ut['valider uten kropp'] = sett(utenKropp);
  const innsendt = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering`, headers, payload: JSON.stringify(enkel) });
  const sendt = sett(innsendt);
  ut.innsending = { ...sendt, body: Object.keys(sendt.body as Json) };
  const ref = (innsendt.json() as Json).eksternSaksreferanse as string;
  const lagret = await app.inject({ method: 'GET', url: `${API}/utleggsbegjaering/${ref}`, headers });
  ut.lagret = {
    lik: JSON.stringify((lagret.json() as { versjoner: { begjaering: Json }[] }).versjoner[0]!.begjaering) === JSON.stringify(enkel),
    typer: app.db.prepare('SELECT DISTINCT typeof(dokument) FROM begjaering_versjon').pluck().all(),
  };
  ut['valider igjen'] = sett(await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering/valider`, headers, payload: JSON.stringify(enkel) }));
  ut['send igjen'] = sett(await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering`, headers, payload: JSON.stringify(enkel) }));
  return ut;
}

t.test('the validation thread and the event loop answer every body alike', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-traad-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const minne = await testApp();
  t.teardown(() => minne.close());
  const fil = await testApp({ dbPath: join(dir, 'sandbox.db') });
  t.teardown(() => fil.close());
  t.notOk(minne.validering.iTraad, 'in-memory database: on the event loop');
  t.ok(fil.validering.iTraad, 'database file: in the validation thread');

  const [iMinne, iTraad] = [await svar(minne), await svar(fil)];
  t.same(Object.keys(iTraad), Object.keys(iMinne));
  for (const navn of Object.keys(iMinne)) t.same(iTraad[navn], iMinne[navn], navn);

  // The answers themselves are the ones a vendor expects.
  const status = Object.fromEntries(Object.entries(iTraad).map(([k, v]) => [k, v.status]));
  t.match(status, {
    'valider enkel': 204, 'valider kompleks': 204, 'valider ukjenteFelt': 204, 'valider regelbrudd': 422,
    'valider skjemabrudd': 400, 'valider ikkeJson': 400, 'valider tom': 400, 'valider proto': 400,
    'valider constructor': 400, 'valider null': 400, 'valider liste': 400,
    innsending: 201, 'valider igjen': 422, 'send igjen': 422,
  });
  t.same(iTraad.lagret, { lik: true, typer: ['text'] }, 'the stored document is the body as sent, letters æøå included');
  t.equal(iTraad['valider ukjenteFelt']!.advarsel, 'ukjente felt ignorert: /innsender/paaFinnNorsk, /ekstra');
  const koder = (navn: string) => ((iTraad[navn]!.body as Json).kontrollutslag as Json[]).map((k) => k.kode);
  t.ok(koder('valider regelbrudd').includes('INNSENDER_MANGLER') && koder('valider regelbrudd').includes('VEDLEGG_SKAL_VAERE_TILGJENGELIG'));
  t.same(koder('valider igjen'), ['DUPLIKAT_INNSENDING']);
  t.same(koder('valider skjemabrudd').sort(), ['UGYLDIG_DATATYPE', 'UGYLDIG_FORMAT']);
  t.match(iTraad['valider uten kropp'], { status: 400, body: { kontrollutslag: [{ kode: 'UGYLDIG_DATATYPE', melding: '/ must be object' }] } });
});

t.test('without its thread (stopped, or dead) validation goes on on the event loop', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-traad-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const app = await testApp({ dbPath: join(dir, 'sandbox.db') });
  t.teardown(() => app.close());
  const token = await tokenFor(app, INNSENDER);
  const enkel = await lastOppVedleggFor(app, token, example('enkel'));
  t.ok(app.validering.iTraad);
  await app.validering.stoppTraad();
  t.notOk(app.validering.iTraad);
  const res = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering/valider`, headers: { authorization: `Bearer ${token}` }, payload: enkel });
  t.equal(res.statusCode, 204, res.body);
});

t.test('the thread sees each change of an attachment and a new case as soon as its request has been answered', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-traad-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const app = await testApp({ dbPath: join(dir, 'sandbox.db') });
  t.teardown(() => app.close());
  t.ok(app.validering.iTraad);
  const token = await tokenFor(app, INNSENDER);
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const valider = async (b: Json) => {
    const res = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering/valider`, headers, payload: JSON.stringify(b) });
    return res.statusCode === 204 ? [] : ((res.json() as Json).kontrollutslag as Json[]).map((k) => k.kode);
  };
  app.clock.hold(); // the uploads wait in mottatt
  const enkel = await lastOppVedleggFor(app, token, example('enkel'), { vent: false });
  const uuider = [...new Set(JSON.stringify(enkel).match(UUID))];

  t.ok((await valider(enkel)).includes('VEDLEGG_SKAL_VAERE_VIRUSSJEKKET_VALIDERT_OG_KONVERTERT'), 'uploaded, not yet converted');
  app.clock.release();
  await ventTilKonvertert(app, token, uuider);
  t.same(await valider(enkel), [], 'converted');
  const slettet = await app.inject({ method: 'DELETE', url: `${API}/vedlegg/${uuider[0]}`, headers: { authorization: headers.authorization } });
  t.equal(slettet.statusCode, 204, slettet.body);
  t.ok((await valider(enkel)).includes('VEDLEGG_SKAL_VAERE_TILGJENGELIG'), 'one of them deleted');
  const paaNytt = await lastOppVedleggFor(app, token, example('enkel'));
  t.same(await valider(paaNytt), [], 'uploaded again');
  const sendt = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering`, headers, payload: JSON.stringify(paaNytt) });
  t.equal(sendt.statusCode, 201, sendt.body);
  t.same(await valider(paaNytt), ['DUPLIKAT_INNSENDING'], 'the case just stored');
});
