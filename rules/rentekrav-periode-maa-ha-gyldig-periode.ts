/**
 * RENTEKRAV_PERIODE_MAA_HA_GYLDIG_PERIODE: an interest period must start before it ends and, as the newest page's
 * text says, before the begjæringsdato. Under /v1 (model 0.9) only the first half is applied: Skatteetaten's own
 * official 0.9 enkel example dates its interest period after its begjæringsdato, and /v1 accepts the official
 * examples (the model view's `renteperiodeFoerBegjaeringsdato`). A period without a start is the schema's
 * (2.0: startDato is required, 1.1 #12). The placeholder %innsenderskravreferasnse (sic) is the kravreferanse.
 */
import { defineRule, filled, list } from './lib/define.js';
import { kravLabel } from './lib/krav-index.js';
import { periodeAv, rentekravAv } from './lib/modell.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'RENTEKRAV_PERIODE_MAA_HA_GYLDIG_PERIODE',
  tittel: 'Renteperiode må ha fradato før tildato og fradato før begjæringsdato',
  beskrivelse: 'Renteperiode må ha fradato før tildato og fradato før begjæringsdato',
  avvikstekst: 'Krav med innsenders referanse %innsenderskravreferasnse har ugyldig renteperiode',
  gjelderKunEndringer: false,
  kilde: 'live',
  modeller: ['0.9', '2.0'],
  utloeses: 'A rentekrav period (0.9 erRentekrav, 2.0 rentekrav) does not start before it ends or (2.0) before the begjaeringsdato.',
  *find(b, ctx) {
    const m = ctx.modell;
    const begjaeringsdato = m.renteperiodeFoerBegjaeringsdato && filled(b.begjaeringsdato) ? b.begjaeringsdato : undefined;
    for (const [i, krav] of list(b.kravTilInnkreving).entries()) {
      const { start, slutt } = periodeAv(rentekravAv(krav, m)?.rentePeriode, m);
      if (start === undefined) continue;
      if ((slutt !== undefined && start >= slutt) || (begjaeringsdato !== undefined && start >= begjaeringsdato)) {
        yield { sti: pointer('kravTilInnkreving', i, m.rentekrav, 'rentePeriode'), values: { innsenderskravreferasnse: kravLabel(krav, i, m) } };
      }
    }
  },
});
