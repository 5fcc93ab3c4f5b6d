/** MANGLER_OPPLYSNINGER_PROSESSFULLMEKTIG: violated and not violated. */
import t from 'tap';
import { runRules } from '../../rules/engine.js';
import { rulesByModell } from '../../rules/registry.js';
import rule from '../../rules/mangler-opplysninger-prosessfullmektig.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('inkassobyråer with orgnummer pass', async (t) => expectNone(t, rule, example('enkel')));
t.test("a person prosessfullmektig is the _PERSON rule's (official kompleks)", async (t) => expectNone(t, rule, example('kompleks')));
t.test('an inkassobyrå without orgnummer', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { delete b.saksoeker![0]!.prosessfullmektig!.prosessfullmektig!.virksomhet!.identifikator; }), [
    { melding: 'Prosessfullmektig UTROLIG ESTETISK TIGER AS må oppgis med\n- inkassobyråets orgnummer', sti: '/saksoeker/0/prosessfullmektig/prosessfullmektig' },
  ]));

t.test('runs under /v1 (model 0.9) only: the newest page has no such rule', async (t) => {
  t.same(rule.modeller, ['0.9']);
  t.ok(rulesByModell['0.9'].includes(rule), 'in the 0.9 rules');
  t.notOk(rulesByModell['2.0'].includes(rule), 'not in the 2.0 rules');
});
t.test('/v2 does not report it: an inkassobyrå without orgnummer in a 2.0 begjæring', async (t) => {
  const b = edited2('enkel', (b) => { delete b.saksoeker![0]!.saksoekersProsessfullmektig!.prosessfullmektig!.virksomhet!.identifikator; });
  t.notOk(runRules(b, context2(), { endring: false }).some((v) => v.kode === rule.kode));
});
