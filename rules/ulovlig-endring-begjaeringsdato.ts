/**
 * ULOVLIG_ENDRING_BEGJAERINGSDATO (endring only): "Det er ikke tillatt å endre begjæringens dato": begjaeringsdato
 * differs from the stored version. Empty avvikstekst: the title is the message (modelled).
 */
import { defineRule } from './lib/define.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'ULOVLIG_ENDRING_BEGJAERINGSDATO',
  tittel: 'Det er ikke tillatt å endre begjæringens dato',
  beskrivelse: 'Ulovlig endring',
  avvikstekst: '',
  gjelderKunEndringer: true,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'Endring whose begjaeringsdato differs from the stored version.',
  *find(b, ctx) {
    if (ctx.endring && b.begjaeringsdato !== ctx.endring.forrige.begjaeringsdato) yield { sti: pointer('begjaeringsdato') };
  },
});
