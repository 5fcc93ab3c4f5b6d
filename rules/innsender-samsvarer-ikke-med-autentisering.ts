/**
 * INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING: the text says the innsender's orgnr must not differ from the logged-in
 * organisation; the page's test setup says where that holds: "Når systemleverandør er innsender kan vilkårlige
 * organisasjoner i Tenor benyttes som innsender" (Alternativ 1). So a vendor logged in as itself may name any
 * organisation, while a system user (Alternativ 2) or a supplier acting for the consumer (delegation) must name
 * påloggetOrgnr: the system user's organisation, or the consumer. Both models (how one logs in is not the model's).
 */
import { defineRule, filled } from './lib/define.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING',
  tittel: 'Innsender er ikke autentisert korrekt',
  beskrivelse: 'Innsender må være autentisert',
  avvikstekst: 'Innsenders organisasjonsnummer %innsenderOrgnr, som angitt i begjæringen, avviker fra pålogget virksomhet, %påloggetOrgnr',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses:
    'Logged in as a system user (Alternativ 2) or by delegation: innsender.innsender.virksomhet.identifikator.verdi differs from påloggetOrgnr (the system user\'s organisation, or the consumer). A vendor logged in as itself (Alternativ 1) may send any organisation as innsender.',
  *find(b, ctx) {
    if (ctx.innlogging === 'virksomhet') return;
    const orgnr = b.innsender?.innsender?.virksomhet?.identifikator?.verdi;
    if (filled(orgnr) && orgnr !== ctx.påloggetOrgnr) {
      yield {
        sti: pointer('innsender', 'innsender', 'virksomhet', 'identifikator', 'verdi'),
        values: { innsenderOrgnr: orgnr, påloggetOrgnr: ctx.påloggetOrgnr },
      };
    }
  },
});
