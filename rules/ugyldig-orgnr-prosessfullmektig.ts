/**
 * UGYLDIG_ORGNR_PROSESSFULLMEKTIG: "Prosessfullmektig %prosessfullmektig må oppgis med gyldig orgnummer for
 * inkassobyrået": a prosessfullmektig's organisation number (under the model's prosessfullmektig keys) fails the mod 11
 * check. A missing number is not this rule's.
 */
import { isValidOrgnr } from './checksums.js';
import { defineRule, filled } from './lib/define.js';
import { label, prosessfullmektiger } from './lib/parter.js';

export default defineRule({
  kode: 'UGYLDIG_ORGNR_PROSESSFULLMEKTIG',
  tittel: 'Prosessfullmektiges orgnummer er ugyldig',
  beskrivelse: 'Prosessfullmektig har gyldig orgnummer',
  avvikstekst: 'Prosessfullmektig %prosessfullmektig må oppgis med gyldig orgnummer for inkassobyrået',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'A prosessfullmektig virksomhet.identifikator.verdi is not a valid organisation number (9 digits, mod 11).',
  *find(b, ctx) {
    for (const { fullmektig, sti } of prosessfullmektiger(b, ctx.modell)) {
      const a = fullmektig.prosessfullmektig;
      const orgnr = a?.virksomhet?.identifikator?.verdi;
      if (filled(orgnr) && !isValidOrgnr(orgnr)) {
        yield { sti: sti + '/prosessfullmektig/virksomhet/identifikator/verdi', values: { prosessfullmektig: label(a) } };
      }
    }
  },
});
