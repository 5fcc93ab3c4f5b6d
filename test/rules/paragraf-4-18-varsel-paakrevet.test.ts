/** PARAGRAF_4_18_VARSEL_PAAKREVET: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/paragraf-4-18-varsel-paakrevet.js';
import type { Begjaering } from '../../rules/lib/model.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('a § 4-18 varsel passes', async (t) => expectNone(t, rule, example('enkel')));
// /v1: on a skriftlig meddelelse, as the official 0.9 enkel example gives one there.
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

const MELDING = 'For særlige tvangsgrunnlag må varsel etter tvangsfullbyrdelsesloven § 4-18 eller begrunnelse for manglende varsel være utfylt';
/** The varsel replaced by a begrunnelse (a 2.0 code, 1.1 #9). */
const begrunnelseForVarsel = (b: Begjaering) => {
  const tg = b.begjaeringensTvangsgrunnlag![0]!;
  delete tg.varsel;
  tg.begrunnelseUnnlatVarsel = 'ingenMulighetForVarsling';
};

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a særlig tvangsgrunnlag without its § 4-18 varsel', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { b.begjaeringensTvangsgrunnlag![1]!.varsel![0]!.type = 'varselTvfbl419'; }), [
    { melding: MELDING, sti: '/begjaeringensTvangsgrunnlag/1/varsel' },
  ], context2()));
t.test('/v2: a begrunnelse does not stand in for the varsel of a skriftlig meddelelse ("Er ikke lov å fylle ut for SkriftligMeddelelse")', async (t) =>
  expectViolations(t, rule, edited2('enkel', begrunnelseForVarsel), [{ melding: MELDING, sti: '/begjaeringensTvangsgrunnlag/0/varsel' }], context2()));
t.test('/v2: it does for another særlig tvangsgrunnlag', async (t) =>
  expectNone(t, rule, edited2('enkel', (b) => {
    begrunnelseForVarsel(b);
    const saerlig = b.begjaeringensTvangsgrunnlag![0]!.saerligTvangsgrunnlag!;
    delete saerlig.skriftligMeddelelse;
    Object.assign(saerlig, { gjeldsbrev: { skyldnererklaering: true, inndrivelsesklausul: true } });
  }), context2()));
