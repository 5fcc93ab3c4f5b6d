/**
 * RENTEKRAV_PERIODE_MAA_HA_GYLDIG_PERIODE: an interest period must start before it ends. The live text also asks
 * for a start before the begjæringsdato; under /v1 (model 0.9) that half is not applied, because Skatteetaten's
 * own official enkel example dates its interest period after its begjæringsdato and the sandbox accepts the
 * official examples (modelled; the comparison comes with /v2). The placeholder %innsenderskravreferasnse (sic)
 * is the kravreferanse.
 */
import { defineRule, filled, list } from './lib/define.js';
import { kravLabel } from './lib/krav-index.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'RENTEKRAV_PERIODE_MAA_HA_GYLDIG_PERIODE',
  tittel: 'Renteperiode må ha fradato før tildato og fradato før begjæringsdato',
  beskrivelse: 'Renteperiode må ha fradato før tildato og fradato før begjæringsdato',
  avvikstekst: 'Krav med innsenders referanse %innsenderskravreferasnse har ugyldig renteperiode',
  gjelderKunEndringer: false,
  kilde: 'live',
  utloeses: 'erRentekrav.rentePeriode.startdato is not before sluttdato.',
  *find(b) {
    for (const [i, krav] of list(b.kravTilInnkreving).entries()) {
      const periode = krav?.erRentekrav?.rentePeriode;
      const start = periode?.startdato;
      if (!filled(start)) continue;
      const slutt = periode?.sluttdato;
      if (filled(slutt) && start >= slutt) {
        yield {
          sti: pointer('kravTilInnkreving', i, 'erRentekrav', 'rentePeriode'),
          values: { innsenderskravreferasnse: kravLabel(krav, i) },
        };
      }
    }
  },
});
