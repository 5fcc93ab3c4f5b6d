/** UGYLDIG_STATUS: violated and not violated. */
import t from 'tap';
import rule from '../../rules/ugyldig-status.js';
import { endring, example, expectNone, expectViolations } from './fixtures.js';

t.test('a new submission is not concerned', async (t) => expectNone(t, rule, example('enkel')));
t.test('an open case takes changes', async (t) =>
  expectNone(t, rule, example('enkel'), endring(example('enkel'), { saksstatus: 'sakUnderBehandling' })));
t.test('a closed case', async (t) =>
  expectViolations(t, rule, example('enkel'), [
    { melding: 'Sak med referanse SAK-1 har tilstand sakAvsluttet. Endringer er ikke lenger tillatt', sti: '' },
  ], endring(example('enkel'), { saksstatus: 'sakAvsluttet' })));
