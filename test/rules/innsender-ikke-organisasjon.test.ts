/** INNSENDER_IKKE_ORGANISASJON: violated and not violated. */
import t from 'tap';
import rule from '../../rules/innsender-ikke-organisasjon.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('an organisation passes', async (t) => expectNone(t, rule, example('enkel')));
t.test('an innsender given as a person', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => {
    b.innsender!.innsender = { person: { personnavn: { fornavn: 'KLOK', etternavn: 'HUMLE' }, identifikator: { verdi: '14838510117' } } };
  }), [{ melding: 'Innsender 14838510117 er ikke en organisasjon', sti: '/innsender/innsender' }]));
t.test("a virksomhet carrying a person's number", async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.innsender!.innsender!.virksomhet!.identifikator!.verdi = '14838510117'; }), [
    { melding: 'Innsender 14838510117 er ikke en organisasjon', sti: '/innsender/innsender' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: an innsender given as a person', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => {
    b.innsender!.innsender = { person: { personnavn: { fornavn: 'KLOK', etternavn: 'HUMLE' }, identifikator: { verdi: '14838510117' } } };
  }), [{ melding: 'Innsender 14838510117 er ikke en organisasjon', sti: '/innsender/innsender' }], context2()));
