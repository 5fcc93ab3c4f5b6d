/**
 * INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING: the innsender's organisation number differs from the
 * logged-in organisation (påloggetOrgnr of the access token).
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
  utloeses: 'innsender.innsender.virksomhet.identifikator.verdi differs from the organisation in the access token.',
  *find(b, ctx) {
    const orgnr = b.innsender?.innsender?.virksomhet?.identifikator?.verdi;
    if (filled(orgnr) && orgnr !== ctx.påloggetOrgnr) {
      yield {
        sti: pointer('innsender', 'innsender', 'virksomhet', 'identifikator', 'verdi'),
        values: { innsenderOrgnr: orgnr, påloggetOrgnr: ctx.påloggetOrgnr },
      };
    }
  },
});
