/**
 * SAKSOEKT_ER_IKKE_HOVEDENHET: "Kun hovedenhet har partsevne": a saksøkt given as a virksomhet that the party
 * register knows as an underenhet. Empty avvikstekst: the title is the message (modelled).
 */
import { defineRule } from './lib/define.js';
import { registeredOrganisations, saksoekte } from './lib/parter.js';

export default defineRule({
  kode: 'SAKSOEKT_ER_IKKE_HOVEDENHET',
  tittel: 'Saksøkt virksomhet er ikke angitt som hovedenhet',
  beskrivelse: 'Kun hovedenhet har partsevne',
  avvikstekst: '',
  gjelderKunEndringer: false,
  kilde: 'live',
  modeller: ['0.9', '2.0'],
  utloeses: 'A saksøkt given as a virksomhet is an underenhet in the party register.',
  *find(b, ctx) {
    for (const { party, sti } of registeredOrganisations(saksoekte(b), ctx)) if (party.hovedenhet === false) yield { sti };
  },
});
