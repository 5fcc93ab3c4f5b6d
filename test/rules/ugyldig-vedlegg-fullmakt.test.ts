/** UGYLDIG_VEDLEGG_FULLMAKT: violated and not violated. */
import t from 'tap';
import rule from '../../rules/ugyldig-vedlegg-fullmakt.js';
import { context, edited, example, expectNone, expectViolations } from './fixtures.js';

const FULLMAKT = '11111111-1111-4111-8111-111111111111';
const withFullmakt = (type: string) =>
  edited('enkel', (b) => { b.saksoeker![0]!.prosessfullmektig!.fullmakt = { type, filnavn: 'fullmakt.pdf', uuid: FULLMAKT }; });

t.test('no fullmakt passes', async (t) => expectNone(t, rule, example('enkel')));
t.test('a stored fullmakt passes whatever it is declared as', async (t) =>
  expectNone(t, rule, withFullmakt('annet'), context({}, [
    { uuid: FULLMAKT, type: 'fullmakt', filnavn: 'fullmakt.pdf', status: 'konvertert', innsenderReferanse: 'InnsenderRef124' },
  ])));
t.test('a fullmakt declared as annet', async (t) =>
  expectViolations(t, rule, withFullmakt('annet'), [
    { melding: 'Vedlegg for fullmakt med filnavn fullmakt.pdf må være av type fullmakt', sti: '/saksoeker/0/prosessfullmektig/fullmakt/type' },
  ]));
