/**
 * ULOVLIG_ENDRING_UNDERSKRIFT (endring only): "Det er ikke tillatt å endre underskrift": underskrift differs from
 * the stored version. Empty avvikstekst: the title is the message (modelled).
 */
import { defineRule } from './lib/define.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'ULOVLIG_ENDRING_UNDERSKRIFT',
  tittel: 'Det er ikke tillatt å endre underskrift',
  beskrivelse: 'Ulovlig endring',
  avvikstekst: '',
  gjelderKunEndringer: true,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'Endring whose underskrift differs from the stored version.',
  *find(b, ctx) {
    if (ctx.endring && b.underskrift !== ctx.endring.forrige.underskrift) yield { sti: pointer('underskrift') };
  },
});
