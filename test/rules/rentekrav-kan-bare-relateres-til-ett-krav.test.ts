/** RENTEKRAV_KAN_BARE_RELATERES_TIL_ETT_KRAV: documented, waits for /v2 (the 0.9 kompleks example breaks it). */
import t from 'tap';
import { ruleByKode, runRules } from '../../rules/engine.js';
import { deferredRules } from '../../rules/registry.js';
import rule from '../../rules/rentekrav-kan-bare-relateres-til-ett-krav.js';
import { context, example } from './fixtures.js';

t.test('documented, not registered under /v1', async (t) => {
  t.equal(ruleByKode(rule.kode), undefined);
  t.ok(deferredRules.includes(rule));
  t.match(rule.utsatt, /Model 1\.0/);
});
t.test('the official kompleks (rentekrav related to two hovedkrav) is not refused for it', async (t) => {
  const koder = runRules(example('kompleks'), context(), { endring: false }).map((v) => v.kode);
  t.notOk(koder.includes(rule.kode));
});
