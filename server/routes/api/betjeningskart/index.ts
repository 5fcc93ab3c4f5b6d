/**
 * Betjeningskartet (documented purpose, modelled shape): which rules — new (ELAN) or old (ELSA) — apply to each
 * debtor during the 2026 transition. The old-rules identifiers are Skatteetaten's published test list; from 1.1.2027
 * on the caller's sandbox clock every debtor answers nytt (rules/lib/register.ts). The identifiers answered `nytt` go
 * to the conformance report, which expects a submission for them soon after.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { paaGammeltRegelverk } from '../../../../rules/lib/register.js';

type Request = FastifyRequest<{ Body: { identifikatorer: string[] } }>;

export default async function betjeningskart(app: FastifyInstance) {
  app.post('/', { schema: { body: { $ref: 'BetjeningskartRequest#' } } }, async (request: Request) => {
    const now = app.clock.now(request.tenant.orgnr);
    const resultat = request.body.identifikatorer.map((identifikator) => ({
      identifikator,
      regelverk: paaGammeltRegelverk(app.partsregister, identifikator, now) ? 'gammelt' : 'nytt',
    }));
    request.samsvar = { oppslag: resultat.filter((r) => r.regelverk === 'nytt').map((r) => r.identifikator) };
    return { resultat };
  });
}
