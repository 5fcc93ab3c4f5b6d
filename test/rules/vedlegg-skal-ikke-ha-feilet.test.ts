/** VEDLEGG_SKAL_IKKE_HA_FEILET: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/vedlegg-skal-ikke-ha-feilet.js';
import { AKSEPT_STI, akseptWithStatus, context2, example, expectNone, expectViolations } from './fixtures.js';
import { AKSEPT_STI_2, akseptWithStatus2 } from './aksept.js';

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

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: each failure status has its message', async (t) => {
  const enkel = example('enkel', '2.0');
  expectViolations(t, rule, enkel, [{ melding: "Vedlegg 'akseptKanalvalg' feilet ved forsøk på konvertering til gyldig pdf.", sti: AKSEPT_STI_2 }], akseptWithStatus2('konverteringFeilet'));
  expectViolations(t, rule, enkel, [{ melding: "Vedlegg 'akseptKanalvalg' lar seg ikke konvertere til gyldig pdf.", sti: AKSEPT_STI_2 }], akseptWithStatus2('kanIkkeKonverteres'));
  expectViolations(t, rule, enkel, [{
    melding: "Vedlegg 'akseptKanalvalg' er er forsøkt validert, men valideringen feilet pga teknisk feil. Vennligst forsøk å laste opp vedlegget på nytt, og hvis problemet vedvarer, kontakt support",
    sti: AKSEPT_STI_2,
  }], akseptWithStatus2('valideringFeilet'));
});
