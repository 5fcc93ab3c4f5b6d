/**
 * SAKSOKER_ER_ENK: "Der saksøker er et ENK skal innehaverens fødselsdato og privatadresse benyttes": a saksøker
 * given as a virksomhet that the party register knows as an enkeltpersonforetak. Empty avvikstekst: the title is the
 * message (modelled). The live page spells the code without the E.
 */
import { defineRule } from './lib/define.js';
import { registeredOrganisations, saksoekere } from './lib/parter.js';

export default defineRule({
  kode: 'SAKSOKER_ER_ENK',
  tittel: 'Saksøker er ENK',
  beskrivelse: 'Der saksøker er et ENK skal innehaverens fødselsdato og privatadresse benyttes',
  avvikstekst: '',
  gjelderKunEndringer: false,
  kilde: 'live',
  modeller: ['0.9', '2.0'],
  utloeses: "A saksøker given as a virksomhet is an enkeltpersonforetak in the party register (the owner's fødselsdato and private address must be used).",
  *find(b, ctx) {
    for (const { party, sti } of registeredOrganisations(saksoekere(b), ctx)) if (party.enk === true) yield { sti };
  },
});
