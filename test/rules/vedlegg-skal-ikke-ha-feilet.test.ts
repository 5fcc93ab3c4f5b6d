/** VEDLEGG_SKAL_IKKE_HA_FEILET: violated and not violated. */
import t from 'tap';
import rule from '../../rules/vedlegg-skal-ikke-ha-feilet.js';
import { AKSEPT_STI, akseptWithStatus, example, expectNone, expectViolations } from './fixtures.js';

t.test('converted attachments pass', async (t) => expectNone(t, rule, example('enkel')));
t.test('each failure status has its message', async (t) => {
  expectViolations(t, rule, example('enkel'), [{
    melding: "Vedlegg 'akseptKanalvalg' er er forsøkt validert, men valideringen feilet pga teknisk feil. Vennligst forsøk å laste opp vedlegget på nytt, og hvis problemet vedvarer, kontakt support",
    sti: AKSEPT_STI,
  }], akseptWithStatus('valideringFeilet'));
  expectViolations(t, rule, example('enkel'), [{ melding: "Vedlegg 'akseptKanalvalg' feilet ved forsøk på konvertering til gyldig pdf.", sti: AKSEPT_STI }], akseptWithStatus('konverteringFeilet'));
  expectViolations(t, rule, example('enkel'), [{ melding: "Vedlegg 'akseptKanalvalg' lar seg ikke konvertere til gyldig pdf.", sti: AKSEPT_STI }], akseptWithStatus('kanIkkeKonverteres'));
});
t.test('attachments still in processing are not concerned', async (t) => expectNone(t, rule, example('enkel'), akseptWithStatus('mottatt')));
