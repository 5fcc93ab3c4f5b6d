/** PARAGRAF_4_19_VARSEL_PAAKREVET: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/paragraf-4-19-varsel-paakrevet.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

const alminnelig = (varselType: string) =>
  edited('enkel', (b) => {
    const tg = b.begjaeringensTvangsgrunnlag![0]!;
    delete tg.saerligTvangsgrunnlag;
    delete tg.begrunnelseUnnlatVarsel;
    tg.varsel![0]!.type = varselType;
  });

t.test('særlige tvangsgrunnlag are not concerned', async (t) => expectNone(t, rule, example('enkel')));
t.test('an alminnelig tvangsgrunnlag with a § 4-19 varsel passes', async (t) => expectNone(t, rule, alminnelig('varselTvfbl419')));
t.test('an alminnelig tvangsgrunnlag with only a § 4-18 varsel', async (t) =>
  expectViolations(t, rule, alminnelig('varselTvfbl418'), [
    { melding: 'Varsel etter tvangsfullbyrdelsesloven § 4-19 eller begrunnelse for manglende varsel må være utfylt', sti: '/begjaeringensTvangsgrunnlag/0/varsel' },
  ]));

const alminnelig2 = (varselType: string) =>
  edited2('enkel', (b) => {
    const tg = b.begjaeringensTvangsgrunnlag![0]!;
    delete tg.saerligTvangsgrunnlag;
    tg.varsel![0]!.type = varselType;
  });

t.test('/v2: the 2.0 examples (særlige tvangsgrunnlag) pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: an alminnelig tvangsgrunnlag with a § 4-19 varsel passes', async (t) => expectNone(t, rule, alminnelig2('varselTvfbl419'), context2()));
t.test('/v2: an alminnelig tvangsgrunnlag with only a § 4-18 varsel', async (t) =>
  expectViolations(t, rule, alminnelig2('varselTvfbl418'), [
    { melding: 'Varsel etter tvangsfullbyrdelsesloven § 4-19 eller begrunnelse for manglende varsel må være utfylt', sti: '/begjaeringensTvangsgrunnlag/0/varsel' },
  ], context2()));
t.test('/v2: a begrunnelse stands in for the varsel of an alminnelig tvangsgrunnlag', async (t) =>
  expectNone(t, rule, edited2('enkel', (b) => {
    const tg = b.begjaeringensTvangsgrunnlag![0]!;
    delete tg.saerligTvangsgrunnlag;
    delete tg.varsel;
    tg.begrunnelseUnnlatVarsel = 'fullbyrdelsenKanBliVanskeliggjort';
  }), context2()));
