/**
 * SAKSOEKT_ER_ENK: "Der saksøkt er et ENK skal innehaverens fødselsdato og privatadresse benyttes": a saksøkt given
 * as a virksomhet that the party register knows as an enkeltpersonforetak. Empty avvikstekst: the title is the
 * message (modelled).
 */
import { defineRule } from './lib/define.js';
import { registeredOrganisations, saksoekte } from './lib/parter.js';

export default defineRule({
  kode: 'SAKSOEKT_ER_ENK',
  tittel: 'Saksøkt er ENK',
  beskrivelse: 'Der saksøkt er et ENK skal innehaverens fødselsdato og privatadresse benyttes',
  avvikstekst: '',
  gjelderKunEndringer: false,
  kilde: 'live',
  modeller: ['0.9', '2.0'],
  utloeses: "A saksøkt given as a virksomhet is an enkeltpersonforetak in the party register (the owner's fødselsdato and private address must be used).",
  *find(b, ctx) {
    for (const { party, sti } of registeredOrganisations(saksoekte(b), ctx)) if (party.enk === true) yield { sti };
  },
});
