/** Shared bits of the sandbox-control tests: two organisations, a submitted case of the official example, calls. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Test } from 'tap';
import { randomUUID } from 'node:crypto';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { componentSchemas, openApiDocument } from '../../server/openapi.js';
import { API, example, kallhoder } from '../helpers.js';
import { apiFor } from '../../server/api.js';
import { lastOppVedleggFor } from '../vedlegg-fixture.js';

/** The official enkel example's innsender, and a second organisation. */
export const ORG = '312597772';
export const ANNEN_ORG = '311758489';
export const ADMIN = 'admin-hemmelighet-for-test';

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON test data

/** A conforming client's headers: the token, the three the published specification requires, and X-Orgnr if given. */
export const auth = (token: string, orgnr?: string) => ({ authorization: `Bearer ${token}`, ...kallhoder(), ...(orgnr && { 'x-orgnr': orgnr }) });

/** The enkel example's saksøkt (the same in model 0.9 and 2.0). */
export const SAKSOEKT = '44926701751';

/** The enkel example (of the model of `api`) for `orgnr` as innsender, with a fresh innsenderReferanse and its attachments uploaded. */
export async function begjaeringFor(app: FastifyInstance, token: string, orgnr = ORG, api: string = API): Promise<Json> {
  const utkast = { ...example('enkel', apiFor(api)!.modell), innsenderReferanse: `sandbox-${randomUUID().slice(0, 8)}` } as Json;
  utkast.innsender.innsender.virksomhet.identifikator.verdi = orgnr;
  return (await lastOppVedleggFor(app, token, utkast, { api })) as Json;
}

/** Submits the enkel example for `orgnr` at `api`; returns the case's reference and the begjæring as submitted. */
export async function nySak(app: FastifyInstance, token: string, orgnr = ORG, api: string = API): Promise<{ ref: string; begjaering: Json }> {
  const begjaering = await begjaeringFor(app, token, orgnr, api);
  const res = await app.inject({ method: 'POST', url: `${api}/utleggsbegjaering`, headers: auth(token), payload: begjaering });
  if (res.statusCode !== 201) throw new Error(`submission: ${res.statusCode} ${res.body}`);
  return { ref: (res.json() as { eksternSaksreferanse: string }).eksternSaksreferanse, begjaering };
}

/** POST /betjeningskart at `api` for `identifikatorer`; returns each one's regelverk. */
export async function slaaOpp(app: FastifyInstance, token: string, identifikatorer: string[], api: string = API): Promise<string[]> {
  const res = await post(app, token, `${api}/betjeningskart`, { identifikatorer });
  if (res.statusCode !== 200) throw new Error(`betjeningskart: ${res.statusCode} ${res.body}`);
  return (res.json().resultat as { regelverk: string }[]).map((r) => r.regelverk);
}

export function get(app: FastifyInstance, token: string, url: string, orgnr?: string): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'GET', url, headers: auth(token, orgnr) });
}

export function post(app: FastifyInstance, token: string, url: string, payload?: unknown, orgnr?: string): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url, headers: auth(token, orgnr), ...(payload !== undefined && { payload: payload as Json }) });
}

/** The organisation's request log (newest first), with optional query parameters. */
export async function logg(app: FastifyInstance, token: string, query = '', orgnr?: string): Promise<Json[]> {
  const res = await get(app, token, `/sandbox/logg${query ? `?${query}` : ''}`, orgnr);
  if (res.statusCode !== 200) throw new Error(`logg: ${res.statusCode} ${res.body}`);
  return res.json() as Json[];
}

export const koder = (body: Json): string[] => ((body.kontrollutslag ?? []) as { kode: string }[]).map((k) => k.kode);

const ajv = new Ajv({ allErrors: true, strict: false });
ajvFormats.default(ajv);
for (const schema of componentSchemas(openApiDocument('v1'))) ajv.addSchema(schema);

/** Asserts that an answer is what the OpenAPI document's component schema `navn` (e.g. Rapport) says. */
export function foelgerSkjema(t: Test, navn: string, verdi: unknown): void {
  const gyldig = ajv.validate(`${navn}#`, verdi);
  t.ok(gyldig, `${navn} as the OpenAPI document says: ${JSON.stringify(ajv.errors ?? [])}`);
}
