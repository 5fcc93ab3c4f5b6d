/**
 * RENTEKRAV_KAN_BARE_RELATERES_TIL_ETT_KRAV (2.0): "Rentekrav må være koblet til ett og bare ett relatert krav og det
 * relaterte kravet må være hovedkrav, kostnad eller gebyr". Fires on a Rentekrav with more than one relatertKrav
 * (at the list), and on a single relation to an existing krav that is neither a Hovedkrav nor a cost or fee (at the
 * relation; a relation to another Rentekrav is then also RENTEKRAV_KAN_IKKE_HA_RENTEKRAV's, as both texts say). A
 * Rentekrav with no relation is RENTE_MAA_HA_RELATERT_KRAV's alone, and an unknown reference
 * RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER's. Model 1.0 reworked Rentekrav (1.0 #11); in 0.9 a rentekrav may relate
 * to several krav, as Skatteetaten's official 0.9 kompleks example does, so the rule applies to 2.0 alone.
 */
import { defineRule, list } from './lib/define.js';
import { HOVEDKRAV, KOSTNAD_TYPER, RENTEKRAV, kravIndex } from './lib/krav-index.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'RENTEKRAV_KAN_BARE_RELATERES_TIL_ETT_KRAV',
  tittel: 'Rentekrav kan bare være relatert til ett krav',
  beskrivelse: 'Rentekrav kan bare være relatert til ett krav',
  avvikstekst: 'Rentekrav må være koblet til ett og bare ett relatert krav og det relaterte kravet må være hovedkrav, kostnad eller gebyr',
  gjelderKunEndringer: false,
  kilde: 'live',
  modeller: ['2.0'],
  utloeses: 'A Rentekrav has more than one relatertKrav, or relates to a krav that is neither a Hovedkrav nor a cost or fee.',
  *find(b, ctx) {
    const { byRef } = kravIndex(b, ctx.modell);
    for (const [i, krav] of list(b.kravTilInnkreving).entries()) {
      if (krav?.kravdetaljer !== RENTEKRAV) continue;
      const relatert = list(krav.relatertKrav);
      if (relatert.length > 1) {
        yield { sti: pointer('kravTilInnkreving', i, 'relatertKrav') };
        continue;
      }
      const target = relatert.length === 1 ? byRef.get(relatert[0]!) : undefined;
      if (target && target.kravdetaljer !== HOVEDKRAV && !KOSTNAD_TYPER.has(target.kravdetaljer ?? '')) {
        yield { sti: pointer('kravTilInnkreving', i, 'relatertKrav', 0) };
      }
    }
  },
});
