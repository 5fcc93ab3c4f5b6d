/** The organisation's event feed (modelled polling): GET /hendelser?fraSekvensnummer=&maksAntall=. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../../../errors.js';

type Query = FastifyRequest<{ Querystring: Record<string, unknown> }>;

/** A whole-number query parameter within [min, max] (query strings are not coerced by the schema). */
function heltall(query: Record<string, unknown>, navn: string, standard: number, min: number, max: number): number {
  const raw = query[navn];
  if (raw === undefined || raw === '') return standard;
  const n = typeof raw === 'string' && /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= min && n <= max)) throw new ApiError(400, 'KB-006', `${navn} må være et heltall fra ${min} til ${max}`);
  return n;
}

export default async function hendelser(app: FastifyInstance) {
  app.get('/', async (request: Query) => {
    const query = request.query ?? {};
    const fra = heltall(query, 'fraSekvensnummer', 1, 1, Number.MAX_SAFE_INTEGER);
    const maks = heltall(query, 'maksAntall', 100, 1, 1000);
    return app.hendelser.hent(request.tenant.orgnr, fra, maks);
  });
}
