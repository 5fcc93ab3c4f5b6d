/** UAVKLART_STATUS: violated and not violated. */
import t from 'tap';
import rule from '../../rules/uavklart-status.js';
import { endring, example, expectNone, expectViolations } from './fixtures.js';

t.test('a new submission is not concerned', async (t) => expectNone(t, rule, example('enkel')));
t.test('an endring after the earlier one was processed passes', async (t) => expectNone(t, rule, example('enkel'), endring(example('enkel'))));
t.test('an endring while an earlier one is ubehandlet', async (t) =>
  expectViolations(t, rule, example('enkel'), [
    {
      melding: 'Sak med referanse SAK-1 har eksisterende innsendinger som ikke er behandlet. Endringer er for tiden ikke tillatt, prøv igjen senere',
      sti: '',
    },
  ], endring(example('enkel'), { harUbehandletInnsending: true })));
