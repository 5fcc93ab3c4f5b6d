/**
 * The rule engine as a decorated service: builds the rule context for a caller and runs every rule. The rule modules
 * are loaded at the first call, not at start-up (~70 ms of CPU for some hundred modules): with a database file,
 * submissions are validated in the validation thread, which loads its own.
 */
import fp from 'fastify-plugin';
import type { Begjaering } from '../../../rules/lib/model.js';
import type { EndringContext, RuleContext, Violation } from '../../../rules/types.js';
import type { Tenant } from '../../auth/tenant.js';

export interface Regler {
  /** What the rules may know for a caller: its organisation's attachments and cases, the register, the clock. */
  kontekst(tenant: Tenant): RuleContext;
  valider(begjaering: Begjaering, tenant: Tenant, endring?: EndringContext): Promise<Violation[]>;
  /** DUPLIKAT_INNSENDING's violation, for a duplicate the unique index caught after validation passed. */
  duplikat(begjaering: Begjaering, tenant: Tenant): Promise<Violation[]>;
  /** Every rule's kode, in rule order. */
  koder(): Promise<string[]>;
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
    let engine: Promise<typeof import('../../../rules/engine.js')> | undefined;
    const loaded = () => (engine ??= import('../../../rules/engine.js'));
    app.decorate('regler', {
      kontekst: (tenant) => context(tenant),
      valider: async (begjaering, tenant, endring) =>
        (await loaded()).runRules(begjaering, context(tenant, endring), { endring: endring !== undefined }),
      duplikat: async (begjaering, tenant) =>
        (await loaded()).ruleByKode('DUPLIKAT_INNSENDING')!.check(begjaering, { ...context(tenant), finnesInnsending: () => true }),
      koder: async () => (await loaded()).rules.map((r) => r.kode),
    } satisfies Regler);
  },
  { name: 'rule-engine', dependencies: ['clock', 'vedlegg', 'saker', 'partsregister'] },
);
