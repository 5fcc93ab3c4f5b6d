/**
 * MANGLER_OPPLYSNINGER_PROSESSFULLMEKTIG (0.9 only): a prosessfullmektig that is not a person must be given with the
 * inkassobyrå's orgnummer. A person prosessfullmektig is MANGLER_OPPLYSNINGER_PROSESSFULLMEKTIG_PERSON's (the two
 * rules share one description: orgnummer, or name and address). The seed's table has it; the newest page has not,
 * so /v2 does not run it (the real service no longer answers with this code).
 */
import { defineRule, filled } from './lib/define.js';
import { label, prosessfullmektiger } from './lib/parter.js';

export default defineRule({
  kode: 'MANGLER_OPPLYSNINGER_PROSESSFULLMEKTIG',
  tittel: 'Opplysninger om prosessfullmektig mangler',
  beskrivelse: 'Begjæring skal inneholde prosessfullmektigens orgnummer eller navn og adresse dersom kreditoren benytter prosessfullmektig',
  avvikstekst: 'Prosessfullmektig %prosessfullmektig må oppgis med<br/>- inkassobyråets orgnummer',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9'],
  utloeses: 'A prosessfullmektig that is not a person has no virksomhet.identifikator.verdi.',
  *find(b, ctx) {
    for (const { fullmektig, sti } of prosessfullmektiger(b, ctx.modell)) {
      const a = fullmektig.prosessfullmektig;
      if (a?.person || filled(a?.virksomhet?.identifikator?.verdi)) continue;
      yield { sti: sti + '/prosessfullmektig', values: { prosessfullmektig: label(a) } };
    }
  },
});
