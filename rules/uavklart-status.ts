/**
 * UAVKLART_STATUS (endring only): "For å kunne endre en begjæring må tidligere innsendinger være behandlet": an
 * earlier submission of the case is still ubehandlet, as the text says (when a submission counts as behandlet is the
 * sandbox's case clock: modelled).
 */
import { defineRule } from './lib/define.js';

export default defineRule({
  kode: 'UAVKLART_STATUS',
  tittel: 'Endringer på denne begjæringen er for tiden ikke tillatt',
  beskrivelse: 'For å kunne endre en begjæring må tidligere innsendinger være behandlet',
  avvikstekst: 'Sak med referanse %eksternSaksreferanse har eksisterende innsendinger som ikke er behandlet. Endringer er for tiden ikke tillatt, prøv igjen senere',
  gjelderKunEndringer: true,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'Endring while an earlier submission of the case is still ubehandlet.',
  *find(_b, ctx) {
    if (ctx.endring?.harUbehandletInnsending) {
      yield { sti: '', values: { eksternSaksreferanse: ctx.endring.eksternSaksreferanse } };
    }
  },
});
