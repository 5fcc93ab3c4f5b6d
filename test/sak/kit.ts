/** Shared bits of the case tests: an app with the case clock, a submitted case of the official example, reads. */
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { Config } from '../../server/config.js';
import { API, example, testApp } from '../helpers.js';
import { lastOppVedleggFor } from '../vedlegg-fixture.js';

/** The official enkel example's innsender. */
export const ORG = '312597772';
export const ANNEN_ORG = '311758489';
export const TIME = 3_600_000;

export const auth = (token: string) => ({ authorization: `Bearer ${token}` });

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON test data, read and edited freely

/** An app whose cases take one automatic step per sandbox hour. */
export function sakApp(overrides: Partial<Config> = {}): Promise<FastifyInstance> {
  return testApp({ sakStegMs: TIME, ...overrides });
}

/**
 * Submits `utkast` (default: the official enkel example) at `api` with a fresh innsenderReferanse, its attachments
 * really uploaded, and returns the case's reference and the begjæring as stored, ready to be changed for an endring.
 */
export async function nySak(app: FastifyInstance, token: string, utkast: Json = example('enkel'), api = API): Promise<{ ref: string; begjaering: Json }> {
  const medReferanse = { ...utkast, innsenderReferanse: `sak-${randomUUID().slice(0, 8)}` };
  const begjaering = (await lastOppVedleggFor(app, token, medReferanse, { api })) as Json;
  const res = await app.inject({ method: 'POST', url: `${api}/utleggsbegjaering`, headers: auth(token), payload: begjaering });
  if (res.statusCode !== 201) throw new Error(`submission: ${res.statusCode} ${res.body}`);
  return { ref: (res.json() as { eksternSaksreferanse: string }).eksternSaksreferanse, begjaering };
}

export async function hentJson(app: FastifyInstance, token: string, url: string): Promise<{ status: number; body: Json }> {
  const res = await app.inject({ method: 'GET', url, headers: auth(token) });
  return { status: res.statusCode, body: res.json() as Json };
}

export const statusPaa = (app: FastifyInstance, token: string, ref: string, api = API) => hentJson(app, token, `${api}/status/${ref}`);

export const innsynPaa = (app: FastifyInstance, token: string, ref: string, api = API) => hentJson(app, token, `${api}/innsyn/${ref}`);

/** Every event of the caller's organisation. */
export async function alleHendelser(app: FastifyInstance, token: string): Promise<Json[]> {
  return (await hentJson(app, token, `${API}/hendelser?maksAntall=1000`)).body.hendelser as Json[];
}

export function settStatus(app: FastifyInstance, token: string, ref: string, payload: Json) {
  return app.inject({ method: 'POST', url: `/sandbox/saker/${ref}/status`, headers: auth(token), payload });
}

export function endre(app: FastifyInstance, token: string, ref: string, begjaering: Json, valider = false) {
  const url = `${API}/utleggsbegjaering/${valider ? 'valider/' : ''}${ref}`;
  return app.inject({ method: 'PUT', url, headers: auth(token), payload: begjaering });
}

export const koder = (body: Json): string[] => ((body.kontrollutslag ?? []) as { kode: string }[]).map((k) => k.kode);
