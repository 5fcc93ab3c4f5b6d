/**
 * /sandbox/klokke (modelled): read the caller's organisation's sandbox clock, or move it forward by an ISO 8601
 * duration. Each organisation has its own clock: advancing moves only its own cases, attachments and events.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../../../errors.js';
import { varighetMs } from '../../../sak/varighet.js';

type Frem = FastifyRequest<{ Body: { frem: string } }>;

export default async function klokke(app: FastifyInstance) {
  app.get('/', async (request) => {
    const { orgnr } = await app.authenticateSandbox(request);
    return { naa: app.clock.now(orgnr).toISOString() };
  });

  // Answers once the organisation's due steps have run (in batches that let other requests through).
  app.post('/', { schema: { body: { $ref: 'KlokkeRequest#' } } }, async (request: Frem) => {
    const { orgnr } = await app.authenticateSandbox(request);
    const ms = varighetMs(request.body.frem, app.clock.now(orgnr));
    if (ms === undefined) {
      throw new ApiError(400, 'KB-006', `frem må være en ISO 8601-varighet som PT2H eller P3D (høyst 100 år), ikke ${JSON.stringify(request.body.frem)}`);
    }
    return { naa: (await app.clock.advance(orgnr, ms)).toISOString() };
  });
}
