/**
 * ER_IKKE_HOVEDENHET: "Saksøker er ikke angitt med hovedenhet" / "Kun hovedenhet har partsevne". The rule fires for
 * a saksøker given as a virksomhet that the party register knows as an underenhet (the lenient register takes any
 * checksum-valid orgnr as a hovedenhet, so only seeded parties fire). Matches the page; both models. Empty
 * avvikstekst: the title is the message (modelled).
 */
import { defineRule } from './lib/define.js';
import { registeredOrganisations, saksoekere } from './lib/parter.js';

export default defineRule({
  kode: 'ER_IKKE_HOVEDENHET',
  tittel: 'Saksøker er ikke angitt med hovedenhet',
  beskrivelse: 'Kun hovedenhet har partsevne',
  avvikstekst: '',
  gjelderKunEndringer: false,
  kilde: 'live',
  modeller: ['0.9', '2.0'],
  utloeses: 'A saksøker given as a virksomhet is an underenhet in the party register.',
  *find(b, ctx) {
    for (const { party, sti } of registeredOrganisations(saksoekere(b), ctx)) if (party.hovedenhet === false) yield { sti };
  },
});
