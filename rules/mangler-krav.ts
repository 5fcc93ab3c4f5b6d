/**
 * MANGLER_KRAV: "Det må finnes minimum ett krav" / "Krav mangler". The rule fires when kravTilInnkreving is missing
 * or empty. Matches the page; both models.
 */
import { defineRule, list } from './lib/define.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'MANGLER_KRAV',
  tittel: 'Begjæringen refererer ikke til noen krav',
  beskrivelse: 'Det må finnes minimum ett krav',
  avvikstekst: 'Krav mangler',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'kravTilInnkreving is missing or empty.',
  *find(b) {
    if (list(b.kravTilInnkreving).length === 0) yield { sti: pointer('kravTilInnkreving') };
  },
});
