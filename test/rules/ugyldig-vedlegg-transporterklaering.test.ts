/** UGYLDIG_VEDLEGG_TRANSPORTERKLÆRING: violated and not violated. */
import t from 'tap';
import rule from '../../rules/ugyldig-vedlegg-transporterklaering.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

const withTransport = (type: string) =>
  edited('enkel', (b) => { b.kravTilInnkreving![0]!.transporterklaering = { type, filnavn: 'transport.pdf', uuid: 'ikke-lastet-opp' }; });

t.test('no transporterklæring passes', async (t) => expectNone(t, rule, example('enkel')));
t.test('a declared transporterklæring passes', async (t) => expectNone(t, rule, withTransport('transporterklæring')));
t.test('a transporterklæring declared as fullmakt', async (t) =>
  expectViolations(t, rule, withTransport('fullmakt'), [
    { melding: 'Vedlegg for transporterklæring med filnavn transport.pdf må være av type transporterklæring', sti: '/kravTilInnkreving/0/transporterklaering/type' },
  ]));
