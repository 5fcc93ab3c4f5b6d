/** UGYLDIG_ORGNR_PROSESSFULLMEKTIG: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/ugyldig-orgnr-prosessfullmektig.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('valid organisation numbers pass', async (t) => expectNone(t, rule, example('enkel')));
t.test('a wrong control digit', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.saksoekt![0]!.prosessfullmektig!.prosessfullmektig!.virksomhet!.identifikator!.verdi = '312759668'; }), [
    {
      melding: 'Prosessfullmektig 312759668 må oppgis med gyldig orgnummer for inkassobyrået',
      sti: '/saksoekt/0/prosessfullmektig/prosessfullmektig/virksomhet/identifikator/verdi',
    },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test("/v2: a wrong control digit, under the saksøktes prosessfullmektig's 1.0 #3 key", async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { b.saksoekt![0]!.saksoektesProsessfullmektig!.prosessfullmektig!.virksomhet!.identifikator!.verdi = '312759668'; }), [
    {
      melding: 'Prosessfullmektig 312759668 må oppgis med gyldig orgnummer for inkassobyrået',
      sti: '/saksoekt/0/saksoektesProsessfullmektig/prosessfullmektig/virksomhet/identifikator/verdi',
    },
  ], context2()));
