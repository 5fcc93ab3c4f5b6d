/** /sandbox/klokke (modelled): read the sandbox clock, or move it forward by an ISO 8601 duration. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../../../errors.js';
import { varighetMs } from '../../../sak/varighet.js';

type Frem = FastifyRequest<{ Body: { frem: string } }>;

export default async function klokke(app: FastifyInstance) {
  app.get('/', async (request) => {
    await app.authenticateSandbox(request);
    return { naa: app.clock.now().toISOString() };
  });

  // One clock for the whole sandbox: moving it moves every organisation's pending work.
  app.post('/', { schema: { body: { $ref: 'KlokkeRequest#' } } }, async (request: Frem) => {
    await app.authenticateSandbox(request);
    const ms = varighetMs(request.body.frem, app.clock.now());
    if (ms === undefined) {
      throw new ApiError(400, 'KB-006', `frem må være en ISO 8601-varighet som PT2H eller P3D (høyst 100 år), ikke ${JSON.stringify(request.body.frem)}`);
    }
    return { naa: (await app.clock.advance(ms)).toISOString() };
  });
}
