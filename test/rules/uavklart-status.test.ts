/** UAVKLART_STATUS: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/uavklart-status.js';
import { context2, endring, example, expectNone, expectViolations } from './fixtures.js';

t.test('a new submission is not concerned', async (t) => expectNone(t, rule, example('enkel')));
t.test('an endring after the earlier one was processed passes', async (t) => expectNone(t, rule, example('enkel'), endring(example('enkel'))));
t.test('an endring while an earlier one is ubehandlet', async (t) =>
  expectViolations(t, rule, example('enkel'), [
    {
      melding: 'Sak med referanse SAK-1 har eksisterende innsendinger som ikke er behandlet. Endringer er for tiden ikke tillatt, prøv igjen senere',
      sti: '',
    },
  ], endring(example('enkel'), { harUbehandletInnsending: true })));

t.test('/v2: the 2.0 examples, new or as an endring of a processed case, pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), endring(example('kompleks', '2.0'), {}, '2.0'));
});
t.test('/v2: an endring while an earlier one is ubehandlet', async (t) =>
  expectViolations(t, rule, example('enkel', '2.0'), [
    {
      melding: 'Sak med referanse SAK-7 har eksisterende innsendinger som ikke er behandlet. Endringer er for tiden ikke tillatt, prøv igjen senere',
      sti: '',
    },
  ], endring(example('enkel', '2.0'), { harUbehandletInnsending: true, eksternSaksreferanse: 'SAK-7' }, '2.0')));
