/**
 * The OpenAPI document (openapi/utleggsbegjaering.yaml): complete surface, resolvable $refs, and request schemas
 * that accept Skatteetaten's official examples while refusing wrong types — registered with Ajv the way the
 * server registers them (server/openapi.ts).
 */
import t from 'tap';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Ajv, type ErrorObject } from 'ajv';
import ajvFormats from 'ajv-formats';
import { ROOT } from '../server/paths.js';
import { componentSchemas, walk, type OpenApiDocument } from '../server/openapi.js';
import { FEILKODER } from '../server/errors.js';
import { PAAKREVDE_HODER } from '../server/etikette.js';
import { ADVARSEL } from '../server/advarsel.js';

type Node = Record<string, unknown>;

const doc = parse(readFileSync(join(ROOT, 'openapi/utleggsbegjaering.yaml'), 'utf8')) as OpenApiDocument & {
  info: Node;
  servers: { url: string }[];
  paths: Record<string, Node>;
};

const API_OPERATIONS: [string, string, string][] = [
  ['post', '/utleggsbegjaering', 'opprettBegjaering'],
  ['get', '/utleggsbegjaering/{eksternSaksreferanse}', 'hentBegjaering'],
  ['put', '/utleggsbegjaering/{eksternSaksreferanse}', 'endreBegjaering'],
  ['post', '/utleggsbegjaering/valider', 'validerNyBegjaering'],
  ['put', '/utleggsbegjaering/valider/{eksternSaksreferanse}', 'validerEndretBegjaering'],
  ['post', '/vedlegg', 'lastOppVedlegg'],
  ['get', '/vedlegg/{uuid}', 'hentVedlegg'],
  ['delete', '/vedlegg/{uuid}', 'slettVedlegg'],
  ['get', '/vedlegg/{uuid}/innhold', 'hentVedleggInnhold'],
  ['get', '/status/{eksternSaksreferanse}', 'hentStatus'],
  ['get', '/hendelser', 'hentHendelser'],
  ['post', '/betjeningskart', 'betjeningskart'],
  ['get', '/innsyn/{eksternSaksreferanse}', 'hentInnsyn'],
];

const OUTSIDE_OPERATIONS: [string, string][] = [
  ['get', '/maskinporten/.well-known/oauth-authorization-server'],
  ['get', '/.well-known/oauth-authorization-server/maskinporten'],
  ['post', '/maskinporten/token'],
  ['get', '/maskinporten/jwks'],
  ['get', '/health'],
  ['post', '/sandbox/token'],
  ['post', '/sandbox/klienter'],
  ['get', '/sandbox/klienter'],
  ['post', '/sandbox/provider-states'],
  ['get', '/sandbox/klokke'],
  ['post', '/sandbox/klokke'],
  ['post', '/sandbox/saker/{eksternSaksreferanse}/status'],
  ['post', '/sandbox/saker/{eksternSaksreferanse}/retting'],
  ['post', '/sandbox/vedlegg/{uuid}/status'],
  ['post', '/sandbox/reset'],
  ['post', '/sandbox/feil'],
  ['get', '/sandbox/logg'],
  ['post', '/sandbox/webhooks'],
  ['get', '/sandbox/webhooks'],
  ['delete', '/sandbox/webhooks'],
  ['get', '/sandbox/rapport'],
];

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const API_PATHS = new Set(API_OPERATIONS.map(([, path]) => path));

const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m]).map((method) => ({ path, method, op: item[method] as Node })),
);

/** Follows an RFC 6901 pointer inside the document; undefined when it leads nowhere. */
function resolvePointer(ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Node)[key];
  }
  return node;
}

function collectRefs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => collectRefs(n, found));
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else collectRefs(value, found);
    }
  }
  return found;
}

/** A Response object, following its $ref. */
const response = (r: unknown) => ((r as Node).$ref ? resolvePointer((r as Node).$ref as string) : r) as Node;

t.test('an OpenAPI 3.1 document for model 0.9 under the documented base path', async (t) => {
  t.match(doc.openapi, /^3\.1\./);
  t.equal(doc.info.version, '0.9');
  t.match(doc.info.description, /documented/);
  t.match(doc.info.description, /modelled/);
  t.same(doc.servers.map((s) => s.url), ['/api/utleggsbegjaering/v1']);
  const schemes = (doc.components as Node).securitySchemes as Record<string, Node>;
  t.match(schemes.maskinporten, { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  t.same(doc.security, [{ maskinporten: ['skatteetaten:utleggsbegjaering'] }]);
  const params = (doc.components as Node).parameters as Record<string, Node>;
  // Required as in Skatteetaten's published specification; what the sandbox does without them is its own setting.
  for (const name of PAAKREVDE_HODER) t.match(params[name], { name, in: 'header', required: true, description: /published specification/ });
});

t.test('every API operation takes the required headers, may answer 429, and names the Advarsel header on its success', async (t) => {
  for (const [method, path] of API_OPERATIONS) {
    const op = doc.paths[path]![method] as Node;
    const refs = (op.parameters as Node[]).map((p) => p.$ref);
    for (const name of PAAKREVDE_HODER) t.ok(refs.includes(`#/components/parameters/${name}`), `${method} ${path} takes ${name}`);
    const responses = op.responses as Record<string, Node>;
    t.same(responses['429'], { $ref: '#/components/responses/TooManyRequests' }, `${method} ${path} 429`);
    for (const [status, r] of Object.entries(responses)) {
      if (Number(status) < 300) t.ok((r.headers as Node).Advarsel, `${method} ${path} ${status} Advarsel`);
    }
  }
  const advarsel = (doc.components as Record<string, Node>).headers!.Advarsel as Node;
  for (const prefiks of Object.values(ADVARSEL)) t.match(advarsel.description, prefiks, `the Advarsel header documents «${prefiks}»`);
});

t.test('the Feil body documents exactly the codes the server sends, each with its one status', async (t) => {
  const kode = ((doc.components.schemas.Feil as Node).properties as Record<string, Node>).kode!;
  t.same(kode.enum, Object.keys(FEILKODER));
  const responses = (doc.components as Record<string, Node>).responses as Record<string, Node>;
  const beskrevet = Object.values(responses).map((r) => r.description as string).join('\n');
  for (const [k, { status }] of Object.entries(FEILKODER)) {
    if (k.startsWith('SANDBOX-') && status !== 408 && status !== 431) t.match(beskrevet, k, `a shared response names ${k} (${status})`);
  }
});

t.test('every endpoint of the API is there with its operationId', async (t) => {
  for (const [method, path, operationId] of API_OPERATIONS) {
    t.equal((doc.paths[path]?.[method] as Node | undefined)?.operationId, operationId, `${method.toUpperCase()} ${path}`);
  }
});

t.test('the operations outside the base path carry their full path and server "/"', async (t) => {
  for (const [method, path] of OUTSIDE_OPERATIONS) {
    const item = doc.paths[path];
    t.ok(item?.[method], `${method.toUpperCase()} ${path}`);
    t.same(item?.servers, [{ url: '/' }], `${path} overrides servers`);
  }
  for (const path of Object.keys(doc.paths)) {
    if (!API_PATHS.has(path)) t.same(doc.paths[path]!.servers, [{ url: '/' }], `${path} is outside the base path`);
  }
});

t.test('every operation has a unique operationId, x-kilde and a matching description', async (t) => {
  const ids = operations.map(({ op }) => op.operationId);
  t.equal(new Set(ids).size, ids.length, 'operationIds are unique');
  for (const { path, method, op } of operations) {
    const where = `${method.toUpperCase()} ${path}`;
    t.type(op.operationId, 'string', `${where} has an operationId`);
    t.ok(['documented', 'modelled'].includes(op['x-kilde'] as string), `${where} has x-kilde`);
    const phrase = op['x-kilde'] === 'documented' ? 'Documented by Skatteetaten' : 'Modelled by the sandbox';
    t.match(op.description, phrase, `${where} says "${phrase}"`);
    if (!API_PATHS.has(path)) t.equal(op['x-kilde'], 'modelled', `${where} is the sandbox's own`);
  }
});

t.test('every $ref resolves, and schema $refs name a whole component (the server registers them by name)', async (t) => {
  const refs = collectRefs(doc);
  t.ok(refs.length > 100);
  for (const ref of new Set(refs)) t.not(resolvePointer(ref), undefined, ref);
  for (const ref of collectRefs(doc.components.schemas)) t.match(ref, /^#\/components\/schemas\/[A-Za-z]+$/, ref);
});

t.test('every API error answer is the Feil body as JSON and XML', async (t) => {
  for (const [method, path] of API_OPERATIONS) {
    const responses = (doc.paths[path]![method] as Node).responses as Record<string, unknown>;
    for (const status of ['400', '401', '403', '406', '500']) t.ok(responses[status], `${method} ${path} declares ${status}`);
    for (const [status, r] of Object.entries(responses)) {
      if (Number(status) < 400) continue;
      const content = response(r).content as Record<string, Node>;
      for (const type of ['application/json', 'application/xml']) {
        t.same(content[type]?.schema, { $ref: '#/components/schemas/Feil' }, `${method} ${path} ${status} ${type}`);
      }
    }
  }
  const feil = doc.components.schemas.Feil as Node;
  t.same(feil.xml, { name: 'feil', namespace: 'urn:no:skatteetaten:datasamarbeid:feil:v1' });
  t.same(Object.keys(feil.properties as Node).sort(), [
    'detail', 'instance', 'kode', 'kontrollutslag', 'korrelasjonsid', 'melding', 'status', 'title', 'type',
  ]);
});

t.test('every JSON request body is a named component schema (validated by operationId)', async (t) => {
  for (const { path, method, op } of operations) {
    if (!op.requestBody) continue;
    const body = response(op.requestBody).content as Record<string, Node>;
    const json = body['application/json'];
    if (json) t.match(json.schema, { $ref: /^#\/components\/schemas\// }, `${method.toUpperCase()} ${path}`);
  }
});

// Ajv as the server uses it: every component registered under its own name (server/openapi.ts).
const ajv = new Ajv({ allErrors: true, strict: false });
ajvFormats.default(ajv);
for (const schema of componentSchemas(doc)) ajv.addSchema(schema);

/** Ajv's errors as [instancePath, keyword] pairs; [] when the value is valid. */
const problems = (name: string, value: unknown) => validate(name, value).map((e) => [e.instancePath, e.keyword]);
const invalid = (name: string, value: unknown) => validate(name, value).length > 0;

function validate(name: string, value: unknown): ErrorObject[] {
  const check = ajv.getSchema(name);
  if (!check) throw new Error(`no schema ${name}`);
  return check(value) ? [] : (check.errors ?? []);
}

/** A fresh copy of an official example, typed for the fields the tests change. */
const example = (name: string) =>
  JSON.parse(readFileSync(join(ROOT, 'seed/examples', `begjaering-v0-${name}.json`), 'utf8')) as Node & {
    kravTilInnkreving: { opprinneligBeloep: Node }[];
    vedlegg: Node[];
    saksoekt: Node[];
  };

t.test('every component schema compiles', async (t) => {
  for (const name of Object.keys(doc.components.schemas)) t.doesNotThrow(() => ajv.getSchema(name), name);
});

t.test('both official examples validate against Begjaering', async (t) => {
  for (const name of ['enkel', 'kompleks']) t.same(problems('Begjaering', example(name)), [], name);
});

t.test('every field of both official examples is modelled (no Advarsel for them)', async (t) => {
  for (const name of ['enkel', 'kompleks']) t.same(walk(doc, 'Begjaering', example(name)).unknown, [], name);
  t.same(walk(doc, 'Begjaering', { innsender: { innsender: { adresse: [{ adresseUtland: { x: 1 } }] } } }).unknown, [
    '/innsender/innsender/adresse/0/adresseUtland/x',
  ]);
});

t.test('wrong types and bad dates fail, at the offending field', async (t) => {
  const wrongDateType = { ...example('enkel'), begjaeringsdato: 123 };
  t.same(problems('Begjaering', wrongDateType), [['/begjaeringsdato', 'type']]);

  const amountAsString = example('enkel');
  amountAsString.kravTilInnkreving[0]!.opprinneligBeloep.beloep = '12';
  t.same(problems('Begjaering', amountAsString), [['/kravTilInnkreving/0/opprinneligBeloep/beloep', 'type']]);

  const badDate = { ...example('kompleks'), begjaeringsdato: '2024-13-45' };
  t.same(problems('Begjaering', badDate), [['/begjaeringsdato', 'format']]);

  t.ok(invalid('Begjaering', { saksoeker: {} }), 'an object where an array belongs');
  t.ok(invalid('Begjaering', { kreverRettsgebyrErstattet: 'true' }), 'a string where a boolean belongs');
  t.ok(invalid('Begjaering', { kravTilInnkreving: [{ prioritetISak: 1 }] }), 'prioritetISak is a string');
  t.ok(invalid('Begjaering', { kravTilInnkreving: [{ prioritetDekningsloven: 'f' }] }), 'prioritetDekningsloven a–e');
  t.ok(invalid('Begjaering', []), 'a begjæring is an object');
});

t.test('what a named rule reports passes the schema (the rule answers 422)', async (t) => {
  t.same(problems('Begjaering', {}), [], 'an empty begjæring: INNSENDER_MANGLER, MANGLER_KRAV, … decide');
  const enkel = example('enkel');
  delete enkel.vedlegg[0]!.uuid;
  enkel.vedlegg[1]!.uuid = '';
  enkel.saksoekt[0] = {};
  t.same(problems('Begjaering', enkel), [], 'a vedlegg without uuid, an empty saksøkt');
  t.same(problems('Begjaering', { ...example('kompleks'), ukjentFelt: { x: 1 } }), [], 'unknown fields are tolerated');
  const negative = example('kompleks');
  negative.kravTilInnkreving[0]!.opprinneligBeloep.beloep = -10.555;
  t.same(problems('Begjaering', negative), [], 'UGYLDIG_BELOEP, not the schema, judges the amount');
});

t.test('the Advarsel walker sees the whole begjæring: no combinators in its schemas', async (t) => {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const schema = doc.components.schemas[name]!;
    for (const key of ['allOf', 'anyOf', 'oneOf', 'not', 'if']) t.notOk(key in schema, `${name} has no ${key}`);
    for (const ref of collectRefs(schema)) visit(ref.slice('#/components/schemas/'.length));
  };
  visit('Begjaering');
  t.ok(seen.has('AlternativElektroniskKanalForMeddelelse'));
  const forsendelse = doc.components.schemas.Forsendelsesmaate!.properties as Node;
  t.ok(forsendelse.alternativElektroniskKanalForMeddelelse && forsendelse.AlternativElektroniskKanalForMeddelelse, 'both spellings');
});

t.test('the other request schemas keep the SPEC §9 shapes', async (t) => {
  t.same(problems('BetjeningskartRequest', { identifikatorer: ['08907395937'] }), []);
  t.ok(invalid('BetjeningskartRequest', { identifikatorer: [] }), 'at least one identifier');
  t.same(problems('BetjeningskartResponse', { resultat: [{ identifikator: '08907395937', regelverk: 'gammelt' }] }), []);
  t.same(problems('SandboxTokenRequest', { orgnr: '312597772', systembrukerOrgnr: '311758489', levetidSekunder: 120 }), []);
  t.ok(invalid('SandboxTokenRequest', { orgnr: '3125' }));
  t.same(problems('KlokkeRequest', { frem: 'PT2H' }), []);
  t.ok(invalid('KlokkeRequest', { frem: 'two hours' }));
  t.same(problems('SakStatusRequest', { saksstatus: 'sakBesluttet', beslutning: 'utleggstrekk' }), []);
  t.ok(invalid('SakStatusRequest', { saksstatus: 'ferdig' }));
  t.same(problems('VedleggStatusRequest', { status: 'kassert' }), []);
  t.same(problems('FeilInjeksjonRequest', { antall: 2, status: 503 }), []);
  t.same(problems('FeilInjeksjonRequest', { antall: 1, forsinkelseMs: 2000, sti: '/api' }), []);
  t.ok(invalid('FeilInjeksjonRequest', { antall: 1 }), 'a status or a delay');
  t.ok(invalid('FeilInjeksjonRequest', { antall: 1, status: 502 }));
  t.same(problems('StatusPaaSak', { eksternSaksreferanse: 'TEST_SAK_BESLUTTET', saksstatus: 'sakBesluttet', alminneligNamsmannsReferanse: 'UTLBGJ/2026/17' }), []);
  t.ok(invalid('StatusPaaSak', { eksternSaksreferanse: 'x', saksstatus: 'sakBesluttet', alminneligNamsmannsReferanse: 'UTLBGJ-17' }));
});
