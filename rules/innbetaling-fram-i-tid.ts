/**
 * INNBETALING_FRAM_I_TID: "Dato for innbetaling på krav kan ikke være frem i tid". The rule fires for an innbetaling
 * whose bokfoertDato is after today's date in Norway on the sandbox clock (the date a payment is "on" is its
 * bokfoertDato: modelled). Matches the page; both models.
 */
import { defineRule, filled, list, today } from './lib/define.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'INNBETALING_FRAM_I_TID',
  tittel: 'Dato for innbetaling er ugyldig',
  beskrivelse: 'Dato for innbetaling på krav kan ikke være frem i tid',
  avvikstekst: 'Dato for innbetaling på krav kan ikke være frem i tid',
  gjelderKunEndringer: false,
  kilde: 'live',
  modeller: ['0.9', '2.0'],
  utloeses: "kravTilInnkreving[].innbetaling[].bokfoertDato is after the sandbox clock's date.",
  *find(b, ctx) {
    const idag = today(ctx.now);
    for (const [i, krav] of list(b.kravTilInnkreving).entries()) {
      for (const [j, innbetaling] of list(krav?.innbetaling).entries()) {
        const dato = innbetaling?.bokfoertDato;
        if (filled(dato) && dato.slice(0, 10) > idag) yield { sti: pointer('kravTilInnkreving', i, 'innbetaling', j, 'bokfoertDato') };
      }
    }
  },
});
