/** PRIORITET_MANGLER_PÅ_RENTEOPPLYSNINGER: violated and not violated. */
import t from 'tap';
import { ruleByKode } from '../../rules/engine.js';
import { deferredRules } from '../../rules/registry.js';
import rule from '../../rules/prioritet-mangler-paa-renteopplysninger.js';

t.test('documented, not registered under /v1', async (t) => {
  t.equal(ruleByKode(rule.kode), undefined);
  t.ok(deferredRules.includes(rule));
  t.match(rule.utsatt, /model 1\.1/);
});
