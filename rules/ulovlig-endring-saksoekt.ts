/**
 * ULOVLIG_ENDRING_SAKSOEKT (endring only): "Ny saksøkt kan ikke behandles etter nytt regelverk. Send inn
 * korrigeringen på papir.": the change adds a saksøkt (compared by identifier, else name: modelled) that the stored
 * version does not have; removing one is allowed, as the title speaks of a new one. Empty avvikstekst: the title is the
 * message (modelled).
 */
import { defineRule } from './lib/define.js';
import { label, saksoekte } from './lib/parter.js';

export default defineRule({
  kode: 'ULOVLIG_ENDRING_SAKSOEKT',
  tittel: 'Ny saksøkt kan ikke behandles etter nytt regelverk. Send inn korrigeringen på papir.',
  beskrivelse: 'Ulovlig endring',
  avvikstekst: '',
  gjelderKunEndringer: true,
  kilde: 'live',
  modeller: ['0.9', '2.0'],
  utloeses: 'Endring that adds a saksoekt (by identifier, else name) not in the stored version.',
  *find(b, ctx) {
    if (!ctx.endring) return;
    const before = new Set(saksoekte(ctx.endring.forrige).map((r) => label(r.aktoer)));
    for (const ref of saksoekte(b)) if (!before.has(label(ref.aktoer))) yield { sti: ref.sti };
  },
});
