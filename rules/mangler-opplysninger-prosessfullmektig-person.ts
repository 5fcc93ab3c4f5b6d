/**
 * MANGLER_OPPLYSNINGER_PROSESSFULLMEKTIG_PERSON: "Prosessfullmektig %prosessfullmektig må oppgis med - Fullt navn -
 * Adresse" (the beskrivelse: "orgnummer eller navn og adresse"). The rule fires for a prosessfullmektig (under the
 * model's key) given as a person without fornavn, etternavn or an address; a person has no orgnummer, so name and
 * address it must have. Matches the page; both models.
 */
import { defineRule, filled, list } from './lib/define.js';
import { label, prosessfullmektiger } from './lib/parter.js';

export default defineRule({
  kode: 'MANGLER_OPPLYSNINGER_PROSESSFULLMEKTIG_PERSON',
  tittel: 'Opplysninger om prosessfullmektig mangler',
  beskrivelse: 'Begjæring skal inneholde prosessfullmektigens orgnummer eller navn og adresse dersom kreditoren benytter prosessfullmektig',
  avvikstekst: 'Prosessfullmektig %prosessfullmektig må oppgis med<br/>- Fullt navn <br/>- Adresse',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'A prosessfullmektig given as a person lacks fornavn, etternavn or an address.',
  *find(b, ctx) {
    for (const { fullmektig, sti } of prosessfullmektiger(b, ctx.modell)) {
      const a = fullmektig.prosessfullmektig;
      if (!a?.person || a.virksomhet) continue;
      const navn = a.person.personnavn;
      if (filled(navn?.fornavn) && filled(navn?.etternavn) && list(a.adresse).length > 0) continue;
      yield { sti: sti + '/prosessfullmektig', values: { prosessfullmektig: label(a) } };
    }
  },
});
