/**
 * The 2.0 counterpart of fixtures.ts' akseptWithStatus: the 2.0 enkel example's only akseptKanalvalg reference (under
 * 1.0 #8's alternativElektroniskForsendelsesmaate) and a context where its attachment has a given status.
 */
import { context2, example, restored } from './fixtures.js';
import type { RuleContext, VedleggStatus } from '../../rules/types.js';

const AKSEPT_UUID_2 = example('enkel', '2.0').begjaeringensTvangsgrunnlag![0]!.saerligTvangsgrunnlag!.skriftligMeddelelse!
  .forsendelsesmaate!.alternativElektroniskForsendelsesmaate!.akseptKanalvalg!.uuid!;

export const AKSEPT_STI_2 =
  '/begjaeringensTvangsgrunnlag/0/saerligTvangsgrunnlag/skriftligMeddelelse/forsendelsesmaate/alternativElektroniskForsendelsesmaate/akseptKanalvalg/uuid';

/** A /v2 context where the 2.0 enkel example's akseptKanalvalg attachment has `status`. */
export function akseptWithStatus2(status: VedleggStatus): RuleContext {
  return context2({}, [restored(AKSEPT_UUID_2, { status })]);
}
