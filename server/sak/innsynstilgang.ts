/**
 * Who may see a trekk: the innsyn page's preconditions, as the sandbox decides them (modelled).
 *
 * The one asking is the logged-in organisation (påloggetOrgnr): a vendor or supplier named in the token only carries
 * the call for it. It sees a case's krav when it is the case's saksøker, or prosessfullmektig for a saksøker or for
 * the innsender ("Prosessfullmektig kan kun få svar på krav i saker som hen er prosessfullmektig for"). One that sent
 * the case in without being either acts for the saksøker unnamed, and sees nothing. The saksøkte's prosessfullmektig
 * is the debtor's, never the creditor's.
 *
 * A TEST_SAK_* fixture answers only an organisation that has "sendt inn en utleggssak knyttet til aktuell saksøker og
 * saksøkt" (the page's Test tab), and may see that case.
 */
import { list } from '../../rules/lib/define.js';
import type { Begjaering } from '../../rules/lib/model.js';
import { MODELL, prosessfullmektigAv } from '../../rules/lib/modell.js';
import { identifikatorOf, saksoekere } from '../../rules/lib/parter.js';
import type { SakRepository, Versjon } from './repository.js';
import type { FunnetStatus, Part } from './status.js';

/** The creditor side's prosessfullmektiger of a stored version (organisations: a person cannot log in as one). */
function prosessfullmektiger({ begjaering, modell }: Versjon): string[] {
  const m = MODELL[modell];
  const fullmektiger = [
    ...list(begjaering.saksoeker).map((s) => prosessfullmektigAv(s, 'saksoeker', m)),
    prosessfullmektigAv(begjaering.innsender, 'innsender', m),
  ];
  return fullmektiger.flatMap((f) => f?.fullmektig.prosessfullmektig?.virksomhet?.identifikator?.verdi ?? []);
}

const erSaksoeker = (b: Begjaering, orgnr: string) => saksoekere(b).some((s) => identifikatorOf(s.aktoer) === orgnr);

/** True when `orgnr` is the version's saksøker or a prosessfullmektig of its creditor side. */
export function harInnsynsrett(versjon: Versjon, orgnr: string): boolean {
  return erSaksoeker(versjon.begjaering, orgnr) || prosessfullmektiger(versjon).includes(orgnr);
}

const identifikatorer = (parter: Part[]) => parter.flatMap((p) => p.identifikator ?? []);

/** Why `orgnr` may not see the trekk of what `finnStatus` found (answered as 404 KB-009), or undefined when it may. */
export function innsynsnekt(saker: SakRepository, orgnr: string, funnet: FunnetStatus): string | undefined {
  const { status, egen } = funnet;
  const ref = status.eksternSaksreferanse;
  if (egen) {
    if (harInnsynsrett(egen.siste, orgnr)) return undefined;
    return `Ingen innsyn i sak ${ref}: ${orgnr} er verken saksøker eller prosessfullmektig for saksøker eller innsender i saken. `
      + 'En prosessfullmektig får bare svar på krav i saker hen er prosessfullmektig for';
  }
  const saksoeker = identifikatorer(status.saksoekere);
  const saksoekt = identifikatorer(status.saksoekte);
  const koblet = saker.medParter(orgnr, saksoeker, saksoekt).some((sak) => harInnsynsrett(saker.sisteVersjon(sak), orgnr));
  if (koblet) return undefined;
  return `Ingen innsyn i ${ref}: innsender må ha sendt inn en utleggssak knyttet til saksøker ${saksoeker.join(', ')} `
    + `og saksøkt ${saksoekt.join(', ')}, som saksøker eller prosessfullmektig`;
}
