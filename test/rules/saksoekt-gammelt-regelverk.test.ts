/** SAKSOEKT_GAMMELT_REGELVERK: violated and not violated. */
import t from 'tap';
import rule from '../../rules/saksoekt-gammelt-regelverk.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('saksøkte on the new rules pass', async (t) => expectNone(t, rule, example('enkel')));
t.test('a saksøkt locked to the old rules', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.saksoekt![0]!.saksoekt!.person!.identifikator!.verdi = '08907395937'; }), [
    {
      melding: 'Saksøkt med identifikator 08907395937 må behandles etter gammelt regelverk, og må sendes inn via ELSA',
      sti: '/saksoekt/0/saksoekt/person/identifikator/verdi',
    },
  ]));
