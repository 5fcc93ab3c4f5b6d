/** UGYLDIG_VEDLEGG_TVANGSGRUNNLAG: violated and not violated. */
import t from 'tap';
import rule from '../../rules/ugyldig-vedlegg-tvangsgrunnlag.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('stored tvangsgrunnlag pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a reference to a stored tvangskraftgrunnlag', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => {
    const tg = b.begjaeringensTvangsgrunnlag![0]!;
    tg.tvangsgrunnlag!.uuid = tg.varsel![0]!.tvangskraftgrunnlag!.uuid;
  }), [
    { melding: 'Vedlegg for tvangsgrunnlag med betegnelse Kredittkort må være av type tvangsgrunnlag', sti: '/begjaeringensTvangsgrunnlag/0/tvangsgrunnlag/type' },
  ]));
