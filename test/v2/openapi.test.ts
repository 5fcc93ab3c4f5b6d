/**
 * The served OpenAPI documents of both versions (server/openapi.ts): /v2's is the base document with the model 2.0
 * overlay laid on it. Each is complete and self-contained, its request examples are real (the official 0.9 ones for
 * /v1, the derived 2.0 ones for /v2) and valid against its own Begjaering, and every key of model 2.0 whose spelling
 * the page leaves open says so (`x-kilde: modelled`).
 */
import t from 'tap';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { componentSchemas, openApiDocument, type JsonSchema } from '../../server/openapi.js';
import { example, testApp } from '../helpers.js';

const v1 = openApiDocument('v1');
const v2 = openApiDocument('v2');

/** Every $ref in a node. */
function refs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refs(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

const ajvFor = (doc: typeof v1) => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajvFormats.default(ajv);
  for (const schema of componentSchemas(doc)) ajv.addSchema(schema);
  return ajv;
};

t.test('two documents: model 0.9 under /v1, model 2.0 under /v2, the same operations', async (t) => {
  t.equal(v1.info.version, '0.9');
  t.equal(v2.info.version, '2.0');
  t.same(v1.servers.map((s) => s.url), ['/api/utleggsbegjaering/v1']);
  t.same(v2.servers.map((s) => s.url), ['/api/utleggsbegjaering/v2']);
  t.same(Object.keys(v2.paths), Object.keys(v1.paths));
  t.notOk('x-eksempler' in v1 || 'x-eksempler' in v2, 'the loader turned x-eksempler into request examples');
});

t.test('each document is self-contained: every schema $ref resolves, none dangles, none is orphaned', async (t) => {
  for (const [navn, doc] of [['v1', v1], ['v2', v2]] as const) {
    const schemas = doc.components.schemas;
    for (const ref of new Set(refs(doc))) {
      if (ref.startsWith('#/components/schemas/')) t.ok(schemas[ref.slice(21)], `${navn} ${ref}`);
    }
  }
  for (const borte of ['ErRentekrav', 'AlternativElektroniskKanalForMeddelelse']) t.notOk(v2.components.schemas[borte], `v2 has no ${borte}`);
  for (const ny of ['Rentekrav', 'Datoperiode', 'RentebaerendeKrav', 'KreverRettsgebyrErstattet', 'Domsslutningsinformasjon']) t.ok(v2.components.schemas[ny], `v2 has ${ny}`);
});

t.test('the request examples are real and valid against their own Begjaering', async (t) => {
  for (const [doc, modell] of [[v1, '0.9'], [v2, '2.0']] as const) {
    const body = doc.components.requestBodies!.Begjaering as JsonSchema;
    const examples = ((body.content as Record<string, JsonSchema>)['application/json']!.examples ?? {}) as Record<string, { value: unknown; description: string }>;
    t.same(Object.keys(examples), ['enkel', 'kompleks']);
    const validate = ajvFor(doc).getSchema('Begjaering')!;
    for (const navn of ['enkel', 'kompleks'] as const) {
      t.same(examples[navn]!.value, example(navn, modell), `${modell} ${navn} is the file in seed/examples`);
      t.ok(validate(examples[navn]!.value), `${modell} ${navn} validates: ${JSON.stringify(validate.errors)}`);
    }
    if (modell === '2.0') t.match(examples.enkel!.description, /changelog[\s\S]*applied, one by one/);
  }
});

t.test('removed codes are not offered at /v2', async (t) => {
  const s = v2.components.schemas;
  t.same(s.TvangskraftgrunnlagType!.enum, ['varselTvfbl418', 'varselTvfbl419']);
  t.same(s.BegrunnelseUnnlatVarselType!.enum, ['ingenMulighetForVarsling', 'fullbyrdelsenKanBliVanskeliggjort']);
  t.same(s.ForsendelsesmaateType!.enum, ['altinn', 'eFaktura', 'eBoks']);
  t.same(s.Tvangsfullbyrdelsestype!.enum, ['utlegg', 'utleggOgForliksklageKombinert']);
});

t.test('every key the page leaves open is marked modelled where it is declared', async (t) => {
  const s = v2.components.schemas;
  const prop = (schema: string, key: string) => (s[schema]!.properties as Record<string, JsonSchema>)[key]!;
  // Keys inferred by folding or kept from 0.9 (model-v2 [INFER]) carry x-kilde: modelled on the property or its type.
  const modelled = (schema: string, key: string) => {
    const p = prop(schema, key);
    const ref = typeof p.$ref === 'string' ? s[p.$ref.slice(21)] : undefined;
    return p['x-kilde'] === 'modelled' || ref?.['x-kilde'] === 'modelled';
  };
  for (const [schema, key] of [
    ['Begjaering', 'saksoeker'], ['Begjaering', 'saksoekt'], ['Begjaering', 'kravTilInnkreving'], ['Begjaering', 'begjaeringensTvangsgrunnlag'],
    ['Begjaering', 'kreverRettsgebyrErstattet'], ['Begjaering', 'kreverFritakRettsgebyr'], ['KravTilInnkreving', 'rentebaerendeKrav'],
    ['KravTilInnkreving', 'kravEndring'], ['KravTilInnkreving', 'transporterklaering'], ['KravTilInnkreving', 'renteOpplysning'],
    ['Prosessfullmektig', 'fullmakt'], ['Varsel', 'alternativElektroniskForsendelsesmaate'], ['AlminneligTvangsgrunnlag', 'domsslutningInformasjon'],
    ['SaerligTvangsgrunnlag', 'sjekkEllerVeksel'], ['Datoperiode', 'sluttDato'], ['Mottakeradresse', 'mottakeradresseInnland'],
  ] as const) t.ok(modelled(schema, key), `${schema}.${key} is marked modelled`);
});

t.test('served: /openapi/v1.json, /openapi/v2.json, /openapi.json (v2), and Swagger UI offers both', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  t.same((await app.inject({ method: 'GET', url: '/openapi/v1.json' })).json().info.version, '0.9');
  t.same((await app.inject({ method: 'GET', url: '/openapi/v2.json' })).json().info.version, '2.0');
  t.same((await app.inject({ method: 'GET', url: '/openapi.json' })).json().info.version, '2.0');
  const init = (await app.inject({ method: 'GET', url: '/docs/static/swagger-initializer.js' })).body;
  t.match(init, '/openapi/v2.json');
  t.match(init, '/openapi/v1.json');
});

t.test("Swagger UI's examples work as sent: a real scope and file name, header ids never sent before", async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const hent = async () => (await app.inject({ method: 'GET', url: '/openapi/v2.json' })).json() as typeof v2;
  const [en, to] = [await hent(), await hent()];
  for (const navn of ['Korrelasjonsid', 'Meldingsid']) {
    const [a, b] = [en, to].map((doc) => doc.components.parameters![navn]!.example as string);
    t.match(a, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, `${navn}: a uuid`);
    t.not(a, b, `${navn}: a fresh one each time the document is served`);
  }
  const op = (sti: string) => (en.paths[sti]!.post as JsonSchema).requestBody as JsonSchema;
  const tokenEksempel = ((op('/sandbox/token').content as Record<string, JsonSchema>)['application/json']!.example) as { scope: string };
  t.equal(tokenEksempel.scope, 'skatteetaten:utleggsbegjaering');
  const token = await app.inject({ method: 'POST', url: '/sandbox/token', payload: tokenEksempel });
  t.equal(token.statusCode, 200, 'the token example mints a token');
  const skjema = (op('/vedlegg').content as Record<string, JsonSchema>)['multipart/form-data']!.schema as { properties: Record<string, { examples: string[] }> };
  t.match(skjema.properties.filnavn!.examples[0], /^[a-z]+\.pdf$/, 'filnavn: a file name');
  t.equal(skjema.properties.innsenderReferanse!.examples[0], example('enkel', '2.0').innsenderReferanse, "the enkel example's innsenderReferanse");
  const begjaering = v2.components.requestBodies!.Begjaering as JsonSchema;
  t.match(begjaering.description, /POST \/vedlegg[\s\S]*konvertert[\s\S]*vedlegg klart/, 'how to prepare the attachments');
});
