/**
 * The sandbox's mode (`SANDBOX_MODUS`). `livssyklus` (default, modelled): cases move through their lifecycle on the
 * sandbox clock and by sandbox action. `testmiljoe`: as Skatteetaten's test environment, whose pages say
 *
 * - "Innsendinger av vedlegg og utleggsbegjæringer i testmiljøet vil ikke bli videre behandlet av Skattetaten."
 *   (ELAN page, tab Test), and
 * - "Innsendte saker i testmiljøet behandles ikke videre og man kan derfor ikke spørre på status mot disse. For å
 *   teste Status på sak benytter man verdiene i tabellen under" (Status på sak, tab Test).
 *
 * What is received is still received: the begjæring is validated (204/422) and stored (201), an attachment goes
 * through its intake checks (virus check, validation, conversion), because the begjæring's own rules
 * (VEDLEGG_SKAL_VAERE_VIRUSSJEKKET_VALIDERT_OG_KONVERTERT) require them before it can be accepted. Nothing goes
 * "videre": a case stays as received (no automatic step, no status event), so an endring always meets
 * UAVKLART_STATUS; status på sak answers only the TEST_SAK_* references; the sandbox controls that play
 * Skatteetaten's part (a case's status, a retting, an attachment's status) are refused.
 */
import { ApiError } from '../errors.js';

const IKKE_VIDERE = 'Innsendinger behandles ikke videre i testmiljø-modus (SANDBOX_MODUS=testmiljoe)';

/** A sandbox control that plays Skatteetaten's part, refused in test-environment mode. */
export const ikkeBehandlet = (hva: string): ApiError => new ApiError(409, 'SANDBOX-409', `${IKKE_VIDERE}: ${hva} kan ikke endres`);

/** Status på sak for one of the organisation's own cases in test-environment mode: as an unknown reference (TEST_UGYLDIG). */
export const ingenStatusITestmiljoe = (ref: string): ApiError =>
  new ApiError(404, 'KB-009', `Ingen treff på eksternSaksreferanse ${ref}: innsendte saker behandles ikke videre i testmiljø-modus og har ingen status; bruk TEST_SAK_*-referansene`);
