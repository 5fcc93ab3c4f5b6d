/**
 * UGYLDIG_STATUS (endring only): "Sak med referanse %eksternSaksreferanse har tilstand %tilstand. Endringer er ikke
 * lenger tillatt": the case is in a status that takes no more changes. The set is modelled (the page names none):
 * sakBesluttet, sakAvsluttet, sakNektetFremmet, sakHevet.
 */
import { defineRule } from './lib/define.js';

/** Statuses in which a case takes no more changes (modelled). */
export const LUKKET: ReadonlySet<string> = new Set(['sakBesluttet', 'sakAvsluttet', 'sakNektetFremmet', 'sakHevet']);

export default defineRule({
  kode: 'UGYLDIG_STATUS',
  tittel: 'Saken har en status der endringer ikke lenger er tillatt',
  beskrivelse: 'Ugyldig status',
  avvikstekst: 'Sak med referanse %eksternSaksreferanse har tilstand %tilstand. Endringer er ikke lenger tillatt',
  gjelderKunEndringer: true,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'Endring of a case in status sakBesluttet, sakAvsluttet, sakNektetFremmet or sakHevet.',
  *find(_b, ctx) {
    const endring = ctx.endring;
    if (endring && LUKKET.has(endring.saksstatus)) {
      yield { sti: '', values: { eksternSaksreferanse: endring.eksternSaksreferanse, tilstand: endring.saksstatus } };
    }
  },
});
