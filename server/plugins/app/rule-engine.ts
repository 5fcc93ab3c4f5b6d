/** The rule engine as a decorated service: builds the rule context for a caller and runs every rule. */
import fp from 'fastify-plugin';
import { ruleByKode, runRules } from '../../../rules/engine.js';
import type { Begjaering } from '../../../rules/lib/model.js';
import type { EndringContext, RuleContext, Violation } from '../../../rules/types.js';
import type { Tenant } from '../../auth/tenant.js';

export interface Regler {
  /** What the rules may know for a caller: its organisation's attachments and cases, the register, the clock. */
  kontekst(tenant: Tenant): RuleContext;
  valider(begjaering: Begjaering, tenant: Tenant, endring?: EndringContext): Violation[];
  /** DUPLIKAT_INNSENDING's violation, for a duplicate the unique index caught after validation passed. */
  duplikat(begjaering: Begjaering, tenant: Tenant): Violation[];
}

declare module 'fastify' {
  interface FastifyInstance {
    regler: Regler;
  }
}

export default fp(
  async (app) => {
    const context = (tenant: Tenant, endring?: EndringContext): RuleContext => ({
      påloggetOrgnr: tenant.orgnr,
      now: app.clock.now(),
      register: app.partsregister,
      vedlegg: (uuid) => app.vedlegg.info(tenant.orgnr, uuid),
      finnesInnsending: (dato, ref) => app.saker.finnesInnsending(tenant.orgnr, dato, ref),
      endring,
    });
    const duplikatRule = ruleByKode('DUPLIKAT_INNSENDING')!;
    app.decorate('regler', {
      kontekst: (tenant) => context(tenant),
      valider: (begjaering, tenant, endring) => runRules(begjaering, context(tenant, endring), { endring: endring !== undefined }),
      duplikat: (begjaering, tenant) => duplikatRule.check(begjaering, { ...context(tenant), finnesInnsending: () => true }),
    } satisfies Regler);
  },
  { name: 'rule-engine', dependencies: ['clock', 'vedlegg', 'saker', 'partsregister'] },
);
