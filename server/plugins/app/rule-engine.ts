/** The rule engine as a decorated service: builds the rule context for a caller and runs the rules of a model. */
import fp from 'fastify-plugin';
import { ruleByKode, runRules } from '../../../rules/engine.js';
import type { Begjaering } from '../../../rules/lib/model.js';
import { MODELL } from '../../../rules/lib/modell.js';
import type { EndringContext, Innlogging, RuleContext, Violation } from '../../../rules/types.js';
import type { Tenant } from '../../auth/tenant.js';
import type { Api } from '../../api.js';

/** What the rules may know of a caller, whatever the model. */
export type Kontekst = Omit<RuleContext, 'modell'>;

/** How the tenant logged in: a system user (whose organisation is påloggetOrgnr) before delegation. */
export function innloggingAv(tenant: Tenant): Innlogging {
  if (tenant.systembrukerOrgnr !== undefined) return 'systembruker';
  if (tenant.supplierOrgnr !== undefined) return 'delegering';
  return 'virksomhet';
}

export interface Regler {
  /** What the rules may know for a caller: its organisation's attachments and cases, the register, the clock. */
  kontekst(tenant: Tenant): Kontekst;
  /** Every rule of the version's model (with `endring`: the endring-only rules too). */
  valider(begjaering: Begjaering, api: Api, tenant: Tenant, endring?: EndringContext): Violation[];
  /** DUPLIKAT_INNSENDING's violation, for a duplicate the unique index caught after validation passed. */
  duplikat(begjaering: Begjaering, api: Api, tenant: Tenant): Violation[];
}

declare module 'fastify' {
  interface FastifyInstance {
    regler: Regler;
  }
}

export default fp(
  async (app) => {
    const kontekst = (tenant: Tenant): Kontekst => ({
      påloggetOrgnr: tenant.orgnr,
      innlogging: innloggingAv(tenant),
      now: app.clock.now(tenant.orgnr),
      register: app.partsregister,
      vedlegg: (uuid) => app.vedlegg.info(tenant.orgnr, uuid),
      finnesInnsending: (dato, ref) => app.saker.finnesInnsending(tenant.orgnr, dato, ref),
    });
    const context = (api: Api, tenant: Tenant, endring?: EndringContext): RuleContext => ({ ...kontekst(tenant), modell: MODELL[api.modell], endring });
    const duplikatRule = ruleByKode('DUPLIKAT_INNSENDING')!;
    app.decorate('regler', {
      kontekst,
      valider: (begjaering, api, tenant, endring) => runRules(begjaering, context(api, tenant, endring), { endring: endring !== undefined }),
      duplikat: (begjaering, api, tenant) => duplikatRule.check(begjaering, { ...context(api, tenant), finnesInnsending: () => true }),
    } satisfies Regler);
  },
  { name: 'rule-engine', dependencies: ['clock', 'vedlegg', 'saker', 'partsregister'] },
);
