/** ULOVLIG_ENDRING_INNSENDER: violated and not violated. */
import t from 'tap';
import rule from '../../rules/ulovlig-endring-innsender.js';
import { edited, endring, example, expectNone, expectViolations } from './fixtures.js';

t.test('a new submission is not concerned', async (t) => expectNone(t, rule, edited('enkel', (b) => { b.innsender!.innsender!.virksomhet!.identifikator!.verdi = '311758489'; })));
t.test('a new saksbehandler is no new innsender', async (t) =>
  expectNone(t, rule, edited('enkel', (b) => { b.innsender!.saksbehandler = 'Kari Nordmann'; }), endring(example('enkel'))));
t.test('an endring that changes the innsender', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.innsender!.innsender!.virksomhet!.identifikator!.verdi = '311758489'; }), [{ melding: 'Det er ikke tillatt å endre innsender', sti: '/innsender/innsender' }], endring(example('enkel'))));
