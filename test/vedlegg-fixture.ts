/**
 * Attachments for tests, uploaded through the real API: `lastOppVedleggFor` (what a vendor does before submitting a
 * begjæring), `lastOppVedlegg` (one upload) and `multipartBody` (a hand-built form, which tests may also cut short).
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../server/paths.js';
import type { Begjaering } from '../rules/lib/model.js';
import { vedleggRefs } from '../rules/lib/vedlegg-refs.js';
import { modellAv } from '../rules/lib/modell.js';
import { API, kallhoder } from './helpers.js';

export const FIXTURE_FILES = join(ROOT, 'test/fixtures/files');

/** A sample file from test/fixtures/files. */
export function fixtureFile(name: string): Buffer {
  return readFileSync(join(FIXTURE_FILES, name));
}

export interface Fil {
  /** The part's file name (Content-Disposition filename); omitted when undefined. */
  navn?: string;
  innhold: Buffer | string;
  contentType?: string;
}

/** A multipart/form-data body: text fields in order, then the file (if any) as part `fil`. */
export function multipartBody(
  felt: Record<string, string | undefined>,
  fil?: Fil | null,
  filFelt = 'fil',
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----utleggsbegjaering${randomUUID().replace(/-/g, '')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(felt)) {
    if (value === undefined) continue;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (fil) {
    const filename = fil.navn === undefined ? '' : `; filename="${fil.navn}"`;
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${filFelt}"${filename}\r\nContent-Type: ${fil.contentType ?? 'application/octet-stream'}\r\n\r\n`),
      Buffer.from(fil.innhold),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export const STANDARD_FIL: Fil = { navn: 'tvangsgrunnlag.pdf', innhold: fixtureFile('tvangsgrunnlag.pdf'), contentType: 'application/pdf' };

/** POST /vedlegg (at `api`, default /v1) with the given fields and file (a real PDF unless told otherwise; null: no file part). */
export function lastOppVedlegg(
  app: FastifyInstance,
  token: string,
  felt: Record<string, string | undefined>,
  fil: Fil | null = STANDARD_FIL,
  api = API,
): Promise<LightMyRequestResponse> {
  const { payload, headers } = multipartBody(felt, fil);
  return app.inject({ method: 'POST', url: `${api}/vedlegg`, headers: { ...headers, authorization: `Bearer ${token}`, ...kallhoder() }, payload });
}

export interface LastOppValg {
  /** Wait until every upload is konvertert (default true); false returns at once, the uploads still in mottatt. */
  vent?: boolean;
  /** The file to upload for every attachment (default: a real PDF). */
  fil?: Fil;
  /** The API base path to upload through (default /v1). */
  api?: string;
}

/**
 * Uploads one real file (a PDF) for every attachment the begjæring references, waits until they are converted, and
 * returns a copy with the new uuids substituted. The official examples reuse one uuid for references of different
 * types; an attachment has one type, so there is one upload per distinct (uuid, type) pair — each with the type and
 * filnavn it is referenced with and the begjæring's innsenderReferanse. References without a uuid are left alone.
 * Waiting runs the due jobs (clock.settle); with VEDLEGG_STEG_MS > 0 it also advances the sandbox clock by the three
 * processing steps. A held clock (clock.hold()) cannot be waited for.
 */
export async function lastOppVedleggFor<T extends object>(
  app: FastifyInstance,
  token: string,
  begjaering: T,
  { vent = true, fil = STANDARD_FIL, api = API }: LastOppValg = {},
): Promise<T> {
  const copy = structuredClone(begjaering);
  const refs = vedleggRefs(copy as Begjaering, modellAv(copy));
  const innsenderReferanse = (copy as Begjaering).innsenderReferanse ?? '';
  const key = (v: { uuid?: string; type?: string }) => `${v.uuid}\u0000${v.type}`;
  const uploaded = new Map<string, string>();
  for (const { vedlegg } of refs) {
    if (!vedlegg.uuid || uploaded.has(key(vedlegg))) continue;
    const res = await lastOppVedlegg(app, token, { type: vedlegg.type, innsenderReferanse, filnavn: vedlegg.filnavn || 'vedlegg.pdf' }, fil, api);
    if (res.statusCode !== 201) throw new Error(`upload for ${vedlegg.type} ${vedlegg.uuid}: ${res.statusCode} ${res.body}`);
    uploaded.set(key(vedlegg), (res.json() as { uuid: string }).uuid);
  }
  if (vent) await ventTilKonvertert(app, token, [...uploaded.values()], api);
  for (const { vedlegg } of refs) {
    if (vedlegg.uuid) vedlegg.uuid = uploaded.get(key(vedlegg))!;
  }
  return copy;
}

export async function ventTilKonvertert(app: FastifyInstance, token: string, uuids: string[], api = API): Promise<void> {
  await app.clock.settle();
  // Each step schedules the next one VEDLEGG_STEG_MS after it ran, so time moves one step at a time (the token's
  // organisation's time: the route knows whose).
  const frem = { frem: `PT${app.config.vedleggStegMs / 1000}S` };
  for (let steg = 0; steg < 3 && app.config.vedleggStegMs > 0; steg++) {
    await app.inject({ method: 'POST', url: '/sandbox/klokke', headers: { authorization: `Bearer ${token}` }, payload: frem });
  }
  for (const uuid of uuids) {
    const res = await app.inject({ method: 'GET', url: `${api}/vedlegg/${uuid}`, headers: { authorization: `Bearer ${token}`, ...kallhoder() } });
    const status = (res.json() as { status?: string }).status;
    if (status !== 'konvertert') throw new Error(`attachment ${uuid} is ${status ?? res.statusCode}, not konvertert (clock held?)`);
  }
}
