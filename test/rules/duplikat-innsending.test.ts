/** DUPLIKAT_INNSENDING: violated and not violated. */
import t from 'tap';
import rule from '../../rules/duplikat-innsending.js';
import { context, context2, edited, edited2, endring, example, expectNone, expectViolations } from './fixtures.js';

const taken = context({ finnesInnsending: (dato, ref) => dato === '2024-02-02' && ref === 'InnsenderRef124' });

t.test('a new begjæring passes', async (t) => expectNone(t, rule, example('enkel')));
t.test('the same begjæringsdato and innsenderReferanse again is a duplicate', async (t) =>
  expectViolations(t, rule, example('enkel'), [
    { melding: 'Sak med begjæringsdato 2024-02-02 og referanse InnsenderRef124 er allerede sendt inn', sti: '/innsenderReferanse' },
  ], taken));
t.test('another innsenderReferanse is not a duplicate', async (t) =>
  expectNone(t, rule, edited('enkel', (b) => { b.innsenderReferanse = 'InnsenderRef125'; }), taken));
t.test('an endring of the case itself is not a duplicate', async (t) =>
  expectNone(t, rule, example('enkel'), { ...endring(example('enkel')), finnesInnsending: () => true }));

const taken2 = context2({ finnesInnsending: (dato, ref) => dato === '2024-08-01' && ref === 'InnsenderRef124' });

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: the same begjæringsdato and innsenderReferanse again is a duplicate', async (t) =>
  expectViolations(t, rule, example('enkel', '2.0'), [
    { melding: 'Sak med begjæringsdato 2024-08-01 og referanse InnsenderRef124 er allerede sendt inn', sti: '/innsenderReferanse' },
  ], taken2));
t.test('/v2: another begjæringsdato is not a duplicate', async (t) =>
  expectNone(t, rule, edited2('enkel', (b) => { b.begjaeringsdato = '2024-08-02'; }), taken2));
t.test('/v2: an endring of the case itself is not a duplicate', async (t) =>
  expectNone(t, rule, example('enkel', '2.0'), { ...endring(example('enkel', '2.0'), {}, '2.0'), finnesInnsending: () => true }));
