/** VEDLEGG_SKAL_VAERE_VIRUSSJEKKET_VALIDERT_OG_KONVERTERT: violated and not violated. */
import t from 'tap';
import rule from '../../rules/vedlegg-skal-vaere-virussjekket-validert-og-konvertert.js';
import { AKSEPT_STI, akseptWithStatus, example, expectNone, expectViolations } from './fixtures.js';

t.test('converted attachments pass', async (t) => expectNone(t, rule, example('enkel')));
t.test('mottatt, virussjekket and validert have their messages', async (t) => {
  expectViolations(t, rule, example('enkel'), [{ melding: "Vedlegg 'akseptKanalvalg' er ikke virussjekket.", sti: AKSEPT_STI }], akseptWithStatus('mottatt'));
  expectViolations(t, rule, example('enkel'), [{ melding: "Vedlegg 'akseptKanalvalg' er ikke validert.", sti: AKSEPT_STI }], akseptWithStatus('virussjekket'));
  expectViolations(t, rule, example('enkel'), [{ melding: "Vedlegg 'akseptKanalvalg' er ikke konvertert til gyldig pdf.", sti: AKSEPT_STI }], akseptWithStatus('validert'));
});
t.test('failed attachments are not concerned', async (t) => expectNone(t, rule, example('enkel'), akseptWithStatus('kassert')));
