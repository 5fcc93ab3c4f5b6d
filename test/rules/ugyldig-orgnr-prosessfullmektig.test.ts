/** UGYLDIG_ORGNR_PROSESSFULLMEKTIG: violated and not violated. */
import t from 'tap';
import rule from '../../rules/ugyldig-orgnr-prosessfullmektig.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('valid organisation numbers pass', async (t) => expectNone(t, rule, example('enkel')));
t.test('a wrong control digit', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.saksoekt![0]!.prosessfullmektig!.prosessfullmektig!.virksomhet!.identifikator!.verdi = '312759668'; }), [
    {
      melding: 'Prosessfullmektig 312759668 må oppgis med gyldig orgnummer for inkassobyrået',
      sti: '/saksoekt/0/prosessfullmektig/prosessfullmektig/virksomhet/identifikator/verdi',
    },
  ]));
