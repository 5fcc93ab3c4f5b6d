/** POST /sandbox/reset (modelled): removes the caller's organisation's data and says how much went. */
import type { FastifyInstance } from 'fastify';
import { nullstill } from '../../../sandbox/nullstill.js';

export default async function reset(app: FastifyInstance): Promise<void> {
  app.post('/', async (request) => {
    const tenant = await app.authenticateSandbox(request);
    return nullstill(app, tenant.orgnr);
  });
}
