/** UGYLDIG_STATUS: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/ugyldig-status.js';
import { context2, endring, example, expectNone, expectViolations } from './fixtures.js';

t.test('a new submission is not concerned', async (t) => expectNone(t, rule, example('enkel')));
t.test('an open case takes changes', async (t) =>
  expectNone(t, rule, example('enkel'), endring(example('enkel'), { saksstatus: 'sakUnderBehandling' })));
t.test('a closed case', async (t) =>
  expectViolations(t, rule, example('enkel'), [
    { melding: 'Sak med referanse SAK-1 har tilstand sakAvsluttet. Endringer er ikke lenger tillatt', sti: '' },
  ], endring(example('enkel'), { saksstatus: 'sakAvsluttet' })));

t.test('/v2: the 2.0 examples, new or as an endring of an open case, pass', async (t) => {
  expectNone(t, rule, example('kompleks', '2.0'), context2());
  expectNone(t, rule, example('enkel', '2.0'), endring(example('enkel', '2.0'), { saksstatus: 'sakForelagt' }, '2.0'));
});
t.test('/v2: an endring of a decided case', async (t) =>
  expectViolations(t, rule, example('enkel', '2.0'), [
    { melding: 'Sak med referanse SAK-1 har tilstand sakBesluttet. Endringer er ikke lenger tillatt', sti: '' },
  ], endring(example('enkel', '2.0'), { saksstatus: 'sakBesluttet' }, '2.0')));
