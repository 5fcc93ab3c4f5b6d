/**
 * Betjeningskartet (documented purpose, modelled shape): which rules — new (ELAN) or old (ELSA) — apply to each
 * debtor during the 2026 transition. The old-rules identifiers are Skatteetaten's published test list.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';

type Request = FastifyRequest<{ Body: { identifikatorer: string[] } }>;

export default async function betjeningskart(app: FastifyInstance) {
  app.post('/', { schema: { body: { $ref: 'BetjeningskartRequest#' } } }, async (request: Request) => ({
    resultat: request.body.identifikatorer.map((identifikator) => ({
      identifikator,
      regelverk: app.partsregister.isOldRules(identifikator) ? 'gammelt' : 'nytt',
    })),
  }));
}
