/** ULOVLIG_ENDRING_INNSENDER: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/ulovlig-endring-innsender.js';
import { context2, edited, edited2, endring, example, expectNone, expectViolations } from './fixtures.js';

t.test('a new submission is not concerned', async (t) => expectNone(t, rule, edited('enkel', (b) => { b.innsender!.innsender!.virksomhet!.identifikator!.verdi = '311758489'; })));
t.test('a new saksbehandler is no new innsender', async (t) =>
  expectNone(t, rule, edited('enkel', (b) => { b.innsender!.saksbehandler = 'Kari Nordmann'; }), endring(example('enkel'))));
t.test('an endring that changes the innsender', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.innsender!.innsender!.virksomhet!.identifikator!.verdi = '311758489'; }), [{ melding: 'Det er ikke tillatt å endre innsender', sti: '/innsender/innsender' }], endring(example('enkel'))));

const forrige2 = () => endring(example('enkel', '2.0'), {}, '2.0');

t.test('/v2: the 2.0 examples pass, new or unchanged in an endring', async (t) => {
  expectNone(t, rule, example('kompleks', '2.0'), context2());
  expectNone(t, rule, example('enkel', '2.0'), forrige2());
});
t.test("/v2: a new innsendersProsessfullmektig's bevillingshaver is no new innsender", async (t) =>
  expectNone(t, rule, edited2('enkel', (b) => { b.innsender!.innsendersProsessfullmektig!.bevillingshaver = { navn: { fornavn: 'Kari', etternavn: 'Nordmann' } }; }), forrige2()));
t.test('/v2: an endring that changes the innsender', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { b.innsender!.innsender!.virksomhet!.identifikator!.verdi = '313182495'; }), [{ melding: 'Det er ikke tillatt å endre innsender', sti: '/innsender/innsender' }], forrige2()));
