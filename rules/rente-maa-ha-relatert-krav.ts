/**
 * RENTE_MAA_HA_RELATERT_KRAV: "Et rentekrav må ha et relatert krav slik at det relaterer seg til et annet krav som er
 * rentebærende" (title: "Relasjon til rentebærende krav mangler"). The rule fires on a Rentekrav whose relatertKrav
 * names no rentebærende krav: none at all, or only krav that say nothing of interest. Rentebærende reads the models'
 * marks: 2.0's rentebaerendeKrav, which the model text requires of "et krav som det kreves renter for", and 0.9's
 * renteOpplysning (modelled; both official examples give it on every krav a rentekrav relates to). An unknown reference
 * is RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER's and may name the rentebærende krav: the rule then says nothing; a relation
 * to another Rentekrav is also RENTEKRAV_KAN_IKKE_HA_RENTEKRAV's, as both texts say.
 */
import { defineRule, list } from './lib/define.js';
import { RENTEKRAV, kravIndex } from './lib/krav-index.js';
import type { Krav } from './lib/model.js';
import { pointer } from './lib/text.js';

const rentebaerende = (krav: Krav): boolean => !!krav.rentebaerendeKrav || !!krav.renteOpplysning;

export default defineRule({
  kode: 'RENTE_MAA_HA_RELATERT_KRAV',
  tittel: 'Relasjon til rentebærende krav mangler',
  beskrivelse: 'Relasjon til rentebærende krav mangler',
  avvikstekst: 'Et rentekrav må ha et relatert krav slik at det relaterer seg til et annet krav som er rentebærende.',
  gjelderKunEndringer: false,
  kilde: 'live',
  modeller: ['0.9', '2.0'],
  utloeses:
    'A krav with kravdetaljer Rentekrav has no relatertKrav, or every one names an existing krav that is not rentebærende (no rentebaerendeKrav or renteOpplysning).',
  *find(b, ctx) {
    const { byRef } = kravIndex(b, ctx.modell);
    for (const [i, krav] of list(b.kravTilInnkreving).entries()) {
      if (krav?.kravdetaljer !== RENTEKRAV) continue;
      const relatert = list(krav.relatertKrav).map((ref) => byRef.get(ref));
      if (relatert.some((k) => k === undefined || rentebaerende(k))) continue;
      yield { sti: pointer('kravTilInnkreving', i, 'relatertKrav') };
    }
  },
});
