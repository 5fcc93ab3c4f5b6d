/** GET /sandbox/logg?status=&versjon=&sti=&kode=&grense= (modelled): the caller's organisation's requests, newest first. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { API, type ApiVersjon } from '../../../api.js';
import { ApiError } from '../../../errors.js';
import type { LoggFilter } from '../../../sandbox/logg.js';

type Query = FastifyRequest<{ Querystring: Record<string, unknown> }>;

/** One query parameter as a string (given once), or undefined. */
function tekst(query: Record<string, unknown>, navn: string): string | undefined {
  const raw = query[navn];
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string' || raw.length > 500) throw new ApiError(400, 'KB-006', `${navn} må oppgis én gang (høyst 500 tegn)`);
  return raw;
}

function heltall(query: Record<string, unknown>, navn: string, min: number, max: number): number | undefined {
  const raw = tekst(query, navn);
  if (raw === undefined) return undefined;
  const n = /^\d{1,7}$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= min && n <= max)) throw new ApiError(400, 'KB-006', `${navn} må være et heltall fra ${min} til ${max}`);
  return n;
}

function versjon(query: Record<string, unknown>): ApiVersjon | undefined {
  const raw = tekst(query, 'versjon');
  if (raw === undefined) return undefined;
  if (!Object.hasOwn(API, raw)) throw new ApiError(400, 'KB-006', `versjon må være en av ${Object.keys(API).join(', ')}`);
  return raw as ApiVersjon;
}

export function loggFilter(query: Record<string, unknown>): LoggFilter {
  return {
    status: heltall(query, 'status', 100, 599),
    versjon: versjon(query),
    sti: tekst(query, 'sti'),
    kode: tekst(query, 'kode'),
    grense: heltall(query, 'grense', 1, 1000) ?? 100,
  };
}

export default async function logg(app: FastifyInstance): Promise<void> {
  app.get('/', async (request: Query) => {
    const tenant = await app.authenticateSandbox(request);
    return app.forespoerselslogg.les(tenant.orgnr, loggFilter(request.query ?? {}));
  });
}
