/**
 * Every key of the status, innsyn and event answers is declared in the served OpenAPI document of its version and
 * says where it comes from: `x-kilde: documented` where Skatteetaten's pages name it, `modelled` otherwise.
 */
import t from 'tap';
import { openApiDocument, walk, type JsonSchema, type OpenApiDocument } from '../../server/openapi.js';
import { API, API_V2, tokenFor } from '../helpers.js';
import { ORG, alleHendelser, hentJson, innsynPaa, nySak, sakApp, settStatus, statusPaa } from './kit.js';

const REF = '#/components/schemas/';
/** Types of the begjæring the answers reuse (their keys are the begjæring's), and enums: not walked. */
const GJENBRUKT = new Set(['BeloepValuta']);

/** Every property reachable from `navn`: [schema, key, its x-kilde]. */
function egenskaper(doc: OpenApiDocument, navn: string, sett = new Set<string>()): [string, string, unknown][] {
  if (sett.has(navn) || GJENBRUKT.has(navn)) return [];
  sett.add(navn);
  const schema = doc.components.schemas[navn]!;
  const under = (s: JsonSchema): string[] => {
    const items = s.items as JsonSchema | undefined;
    const ref = (s.$ref ?? items?.$ref) as string | undefined;
    return ref ? [ref.slice(REF.length)] : [];
  };
  return Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>).flatMap(([key, s]) => [
    [navn, key, s['x-kilde']] as [string, string, unknown],
    ...under(s).flatMap((n) => egenskaper(doc, n, sett)),
  ]);
}

const DOKUMENTERT = [
  'StatusPaaSak.eksternSaksreferanse', 'StatusPaaSak.saksstatus', 'StatusPaaSak.krav', 'StatusPaaSak.saksoekere', 'StatusPaaSak.saksoekte',
  'StatusPaaSak.beslutningsinformasjon', 'BeslutningKrav.kravgrunnlagsidentifikator',
  'Innsyn.loependeBidragskrav', 'Innsyn.sistGjennomfoerteTrekk', 'Innsyn.mottatteOgPlasserteBeloep', 'Innsyn.trekkpaalegg',
  'InnsynKrav.kravgrunnlagsidentifikator', 'InnsynKrav.sumKravMedBedreArtsprioritet', 'InnsynKrav.sumKravMedLikArtsprioritet',
  'InnsynKrav.dividendegrunnlag', 'Dividendegrunnlag.kravet', 'Dividendegrunnlag.deAndreKravene', 'PlassertBeloep.kravgrunnlagsidentifikator',
  'InnsynTrekkpaalegg.trekkpliktig', 'InnsynTrekkpaalegg.trekketsStoerrelse',
].sort();

t.test('every key of the answers says where it comes from; only what the pages name is documented', async (t) => {
  for (const versjon of ['v1', 'v2'] as const) {
    const doc = openApiDocument(versjon);
    const alle = ['StatusPaaSak', 'Innsyn', 'Hendelser'].flatMap((navn) => egenskaper(doc, navn));
    t.same(alle.filter(([, , kilde]) => kilde !== 'documented' && kilde !== 'modelled').map(([s, k]) => `${s}.${k}`), [], `${versjon}: every key is marked`);
    t.same(alle.filter(([, , kilde]) => kilde === 'documented').map(([s, k]) => `${s}.${k}`).sort(), DOKUMENTERT, `${versjon}: the documented ones`);
    t.ok(alle.some(([s, k]) => s === 'Hendelse' && k === 'dialogporten'), 'the events are walked too');
    for (const navn of ['Hendelse', 'Hendelser', 'DialogportenHendelse', 'Webhook', 'WebhookRequest']) {
      t.equal(doc.components.schemas[navn]!['x-kilde'], 'modelled', `${versjon}: ${navn} is modelled`);
      t.match(doc.components.schemas[navn]!.description, /Modelled by the sandbox|Dialogporten/, navn);
    }
  }
  const v2 = openApiDocument('v2').components.schemas;
  for (const navn of ['StatusKrav', 'BeslutningKrav', 'InnsynKrav']) {
    t.ok('innsendersKravreferanse' in (v2[navn]!.properties as object) && !('kravreferanse' in (v2[navn]!.properties as object)), `v2 ${navn} keys krav as model 2.0`);
  }
  const paths = openApiDocument('v1').paths;
  for (const [sti, metode] of [['/hendelser', 'get'], ['/sandbox/webhooks', 'post'], ['/sandbox/webhooks', 'get'], ['/sandbox/webhooks', 'delete']] as const) {
    const op = paths[sti]![metode] as JsonSchema;
    t.equal(op['x-kilde'], 'modelled', `${metode} ${sti}`);
  }
  t.match((paths['/hendelser']!.get as JsonSchema).description, /Skatteetaten has no such endpoint.*Dialogporten/s);
  t.match((paths['/sandbox/webhooks']!.post as JsonSchema).description, /notifications come through Altinn Dialogporten, not webhooks/);
});

t.test('the answers carry no key their document does not declare, at either version', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const { ref } = await nySak(app, token);
  await app.inject({ method: 'POST', url: `/sandbox/saker/${ref}/retting`, headers: { authorization: `Bearer ${token}` }, payload: { melding: 'x' } });
  await settStatus(app, token, ref, { saksstatus: 'sakBesluttet', beslutning: 'utleggstrekk' });
  await app.clock.advance(ORG, 65 * 24 * 3_600_000);
  for (const [versjon, api] of [['v1', API], ['v2', API_V2]] as const) {
    const doc = openApiDocument(versjon);
    const svar: [string, unknown][] = [
      ['StatusPaaSak', (await statusPaa(app, token, ref, api)).body],
      ['StatusPaaSak', (await statusPaa(app, token, 'TEST_SAK_BESLUTTET', api)).body],
      ['Innsyn', (await innsynPaa(app, token, ref, api)).body],
      ['Innsyn', (await innsynPaa(app, token, 'TEST_SAK_BESLUTTET', api)).body],
      ['Hendelser', (await hentJson(app, token, `${api}/hendelser?maksAntall=1000`)).body],
    ];
    for (const [navn, body] of svar) t.same(walk(doc, navn, body).unknown, [], `${versjon} ${navn}`);
    const innsyn = svar[2]![1] as { mottatteOgPlasserteBeloep: unknown[]; sistGjennomfoerteTrekk?: unknown };
    t.ok(innsyn.sistGjennomfoerteTrekk && innsyn.mottatteOgPlasserteBeloep.length > 0, 'every part of the innsyn was there to check');
  }
  t.ok((await alleHendelser(app, token)).some((h) => h.dialogporten && h.type === 'rettingForespurt'));
});
