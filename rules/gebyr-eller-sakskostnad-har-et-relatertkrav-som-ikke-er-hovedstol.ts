/**
 * GEBYR_ELLER_SAKSKOSTNAD_HAR_ET_RELATERTKRAV_SOM_IKKE_ER_HOVEDSTOL: "Uriktig eller manglende relasjon til
 * hovedstol" / "Gebyr eller sakskostnad kan kun relateres til hovedstol". The rule fires for a cost or fee krav
 * (UtenrettsligeKostnader, TidligereRettsligeSakskostnader, SakskostnaderForSkriving: which codes are "gebyr eller
 * sakskostnad" is modelled) that relates to nothing (the title's "manglende"), or to an existing krav that is not a
 * Hovedkrav; the model text agrees ("relatertKrav skal brukes for å knytte renter eller andre omkostninger … til det
 * hovedkravet det direkte tilhører"). Targets are looked up by the model's kravreferanse key. Self references are
 * RELATERTE_KRAV_KAN_IKKE_PEKE_PÅ_SEG_SELV's, unknown ones RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER's. Both models.
 */
import { defineRule, list } from './lib/define.js';
import { HOVEDKRAV, KOSTNAD_TYPER, kravIndex } from './lib/krav-index.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'GEBYR_ELLER_SAKSKOSTNAD_HAR_ET_RELATERTKRAV_SOM_IKKE_ER_HOVEDSTOL',
  tittel: 'Uriktig eller manglende relasjon til hovedstol',
  beskrivelse: 'Gebyr eller sakskostnad kan kun relateres til hovedstol',
  avvikstekst: 'Kravet kan kun relateres til et krav av typen hovedstol.',
  gjelderKunEndringer: false,
  kilde: 'live',
  modeller: ['0.9', '2.0'],
  utloeses: 'A cost/fee krav has no relatertKrav, or one naming an existing krav other than a Hovedkrav.',
  *find(b, ctx) {
    const { byRef } = kravIndex(b, ctx.modell);
    for (const [i, krav] of list(b.kravTilInnkreving).entries()) {
      if (!KOSTNAD_TYPER.has(krav?.kravdetaljer ?? '')) continue;
      const relatert = list(krav.relatertKrav);
      if (relatert.length === 0) yield { sti: pointer('kravTilInnkreving', i, 'relatertKrav') };
      for (const [j, rel] of relatert.entries()) {
        const target = byRef.get(rel);
        if (target && target !== krav && target.kravdetaljer !== HOVEDKRAV) {
          yield { sti: pointer('kravTilInnkreving', i, 'relatertKrav', j) };
        }
      }
    }
  },
});
