/** PARAGRAF_4_19_VARSEL_PAAKREVET: violated and not violated. */
import t from 'tap';
import rule from '../../rules/paragraf-4-19-varsel-paakrevet.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

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
