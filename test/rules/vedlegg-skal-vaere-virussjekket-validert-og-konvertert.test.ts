/** VEDLEGG_SKAL_VAERE_VIRUSSJEKKET_VALIDERT_OG_KONVERTERT: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/vedlegg-skal-vaere-virussjekket-validert-og-konvertert.js';
import { AKSEPT_STI, akseptWithStatus, context2, example, expectNone, expectViolations } from './fixtures.js';
import { AKSEPT_STI_2, akseptWithStatus2 } from './aksept.js';

t.test('converted attachments pass', async (t) => expectNone(t, rule, example('enkel')));
t.test('mottatt, virussjekket and validert have their messages', async (t) => {
  expectViolations(t, rule, example('enkel'), [{ melding: "Vedlegg 'akseptKanalvalg' er ikke virussjekket.", sti: AKSEPT_STI }], akseptWithStatus('mottatt'));
  expectViolations(t, rule, example('enkel'), [{ melding: "Vedlegg 'akseptKanalvalg' er ikke validert.", sti: AKSEPT_STI }], akseptWithStatus('virussjekket'));
  expectViolations(t, rule, example('enkel'), [{ melding: "Vedlegg 'akseptKanalvalg' er ikke konvertert til gyldig pdf.", sti: AKSEPT_STI }], akseptWithStatus('validert'));
});
t.test('failed attachments are not concerned', async (t) => expectNone(t, rule, example('enkel'), akseptWithStatus('kassert')));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: mottatt, virussjekket and validert have their messages', async (t) => {
  const enkel = example('enkel', '2.0');
  expectViolations(t, rule, enkel, [{ melding: "Vedlegg 'akseptKanalvalg' er ikke virussjekket.", sti: AKSEPT_STI_2 }], akseptWithStatus2('mottatt'));
  expectViolations(t, rule, enkel, [{ melding: "Vedlegg 'akseptKanalvalg' er ikke validert.", sti: AKSEPT_STI_2 }], akseptWithStatus2('virussjekket'));
  expectViolations(t, rule, enkel, [{ melding: "Vedlegg 'akseptKanalvalg' er ikke konvertert til gyldig pdf.", sti: AKSEPT_STI_2 }], akseptWithStatus2('validert'));
});
