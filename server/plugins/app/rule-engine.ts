/**
 * The rule engine as a decorated service: builds the rule context for a caller and runs the rules of a model. The
 * rule modules are loaded at the first call, not at start-up (~70 ms of CPU for some hundred modules): with a
 * database file, submissions are validated in the validation thread, which loads its own.
 */
import fp from 'fastify-plugin';
import type { Begjaering } from '../../../rules/lib/model.js';
import { MODELL } from '../../../rules/lib/modell.js';
import type { EndringContext, Innlogging, Rule, RuleContext, Violation } from '../../../rules/types.js';
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
  valider(begjaering: Begjaering, api: Api, tenant: Tenant, endring?: EndringContext): Promise<Violation[]>;
  /** DUPLIKAT_INNSENDING's violation, for a duplicate the unique index caught after validation passed. */
  duplikat(begjaering: Begjaering, api: Api, tenant: Tenant): Promise<Violation[]>;
  /** Every rule, in rule order (the conformance report holds the log against them). */
  alle(): Promise<readonly Rule[]>;
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
    let engine: Promise<typeof import('../../../rules/engine.js')> | undefined;
    const loaded = () => (engine ??= import('../../../rules/engine.js'));
    app.decorate('regler', {
      kontekst,
      valider: async (begjaering, api, tenant, endring) =>
        (await loaded()).runRules(begjaering, context(api, tenant, endring), { endring: endring !== undefined }),
      duplikat: async (begjaering, api, tenant) =>
        (await loaded()).ruleByKode('DUPLIKAT_INNSENDING')!.check(begjaering, { ...context(api, tenant), finnesInnsending: () => true }),
      alle: async () => (await loaded()).rules,
    } satisfies Regler);
  },
  { name: 'rule-engine', dependencies: ['clock', 'vedlegg', 'saker', 'partsregister'] },
);
