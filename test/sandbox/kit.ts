/** Shared bits of the sandbox-control tests: two organisations, a submitted case of the official example, calls. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { randomUUID } from 'node:crypto';
import { API, example } from '../helpers.js';
import { lastOppVedleggFor } from '../vedlegg-fixture.js';

/** The official enkel example's innsender, and a second organisation. */
export const ORG = '312597772';
export const ANNEN_ORG = '311758489';
export const ADMIN = 'admin-hemmelighet-for-test';

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON test data

export const auth = (token: string, orgnr?: string) => ({ authorization: `Bearer ${token}`, ...(orgnr && { 'x-orgnr': orgnr }) });

/** The enkel example for `orgnr` as innsender, with a fresh innsenderReferanse and its attachments uploaded. */
export async function begjaeringFor(app: FastifyInstance, token: string, orgnr = ORG): Promise<Json> {
  const utkast = { ...example('enkel'), innsenderReferanse: `sandbox-${randomUUID().slice(0, 8)}` } as Json;
  utkast.innsender.innsender.virksomhet.identifikator.verdi = orgnr;
  return (await lastOppVedleggFor(app, token, utkast)) as Json;
}

/** Submits the enkel example for `orgnr`; returns the case's reference and the begjæring as submitted. */
export async function nySak(app: FastifyInstance, token: string, orgnr = ORG): Promise<{ ref: string; begjaering: Json }> {
  const begjaering = await begjaeringFor(app, token, orgnr);
  const res = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering`, headers: auth(token), payload: begjaering });
  if (res.statusCode !== 201) throw new Error(`submission: ${res.statusCode} ${res.body}`);
  return { ref: (res.json() as { eksternSaksreferanse: string }).eksternSaksreferanse, begjaering };
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
