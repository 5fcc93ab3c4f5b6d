/**
 * ULOVLIG_ENDRING_INNSENDER (endring only): "Det er ikke tillatt å endre innsender": the innsender's identifier
 * differs from the stored version (contact details and saksbehandler may change: modelled). Empty avvikstekst: the
 * title is the message (modelled).
 */
import { defineRule } from './lib/define.js';
import { identifikatorOf } from './lib/parter.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'ULOVLIG_ENDRING_INNSENDER',
  tittel: 'Det er ikke tillatt å endre innsender',
  beskrivelse: 'Ulovlig endring',
  avvikstekst: '',
  gjelderKunEndringer: true,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'Endring whose innsender.innsender identifier differs from the stored version.',
  *find(b, ctx) {
    if (!ctx.endring) return;
    if (identifikatorOf(b.innsender?.innsender) !== identifikatorOf(ctx.endring.forrige.innsender?.innsender)) {
      yield { sti: pointer('innsender', 'innsender') };
    }
  },
});
