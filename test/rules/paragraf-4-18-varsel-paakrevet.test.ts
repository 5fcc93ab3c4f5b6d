/** PARAGRAF_4_18_VARSEL_PAAKREVET: violated and not violated. */
import t from 'tap';
import rule from '../../rules/paragraf-4-18-varsel-paakrevet.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('a § 4-18 varsel passes', async (t) => expectNone(t, rule, example('enkel')));
t.test('a begrunnelse alone passes', async (t) =>
  expectNone(t, rule, edited('enkel', (b) => { delete b.begjaeringensTvangsgrunnlag![0]!.varsel; })));
t.test('neither varsel nor begrunnelse', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => {
    const tg = b.begjaeringensTvangsgrunnlag![0]!;
    delete tg.varsel;
    delete tg.begrunnelseUnnlatVarsel;
  }), [
    {
      melding: 'For særlige tvangsgrunnlag må varsel etter tvangsfullbyrdelsesloven § 4-18 eller begrunnelse for manglende varsel være utfylt',
      sti: '/begjaeringensTvangsgrunnlag/0/varsel',
    },
  ]));
