/**
 * KRAV_OPPGIS_UTEN_FORFALLSDATO: a krav that has no due date of its own is given one. Modelled for 0.9: only
 * SakskostnaderForSkriving (the costs of this very begjæring). In 0.9 kravforfall is given on every krav,
 * rentekrav included (both official examples do so); the 1.1 rule for rentekrav waits for /v2.
 * %forfallsdato names the krav as in KRAV_MANGLER_FORFALLSDATO.
 */
import { defineRule, filled, list } from './lib/define.js';
import { kravNavn } from './lib/krav-index.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'KRAV_OPPGIS_UTEN_FORFALLSDATO',
  tittel: 'Forfallsdato skal ikke oppgis',
  beskrivelse: 'Dette kravet oppgis uten forfallsdato',
  avvikstekst: '%forfallsdato skal oppgis uten forfallsdato',
  gjelderKunEndringer: false,
  kilde: 'live',
  modeller: ['0.9', '2.0'],
  utloeses: 'A SakskostnaderForSkriving krav (2.0: or a Rentekrav, 1.1 #13) has a kravforfall.forfallsdato.',
  *find(b, ctx) {
    for (const [i, krav] of list(b.kravTilInnkreving).entries()) {
      if (!ctx.modell.utenForfallsdato.has(krav?.kravdetaljer ?? '') || !filled(krav.kravforfall?.forfallsdato)) continue;
      yield { sti: pointer('kravTilInnkreving', i, 'kravforfall', 'forfallsdato'), values: { forfallsdato: kravNavn(krav, i, ctx.modell) } };
    }
  },
});
