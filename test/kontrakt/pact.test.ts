/**
 * Pact (docs/kontrakt.md): a vendor's consumer pact (test/fixtures/pact/) verified with @pact-foundation/pact's
 * Verifier against the running sandbox, as a vendor would run it: the states through POST /sandbox/provider-states
 * (the token in its URL, as Pact sends no header there), the interactions with the vendor's token. A pact the
 * sandbox does not honour fails.
 */
import t from 'tap';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Verifier } from '@pact-foundation/pact';
import { loadConfig } from '../../server/config.js';
import { ROOT } from '../../server/paths.js';
import { testApp, tokenFor } from '../helpers.js';
import { ORG } from '../sandbox/kit.js';

const PACT = join(ROOT, 'test/fixtures/pact/eksempel-inkassosystem-utleggsbegjaering-sandbox.json');

/** The verification of `pactUrl` against a fresh sandbox (deterministic mode: its clocks stand still at 2025-06-01). */
async function verifiser(pactUrl: string): Promise<string> {
  const app = await testApp({ deterministisk: loadConfig({ SANDBOX_SEED: '22' }).deterministisk });
  try {
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const token = await tokenFor(app, ORG, { levetidSekunder: 3600 });
    return await new Verifier({
      provider: 'utleggsbegjaering-sandbox',
      providerBaseUrl: base,
      pactUrls: [pactUrl],
      providerStatesSetupUrl: `${base}/sandbox/provider-states?access_token=${token}`,
      providerStatesSetupTeardown: true,
      customProviderHeaders: [`Authorization: Bearer ${token}`],
      logLevel: 'error',
    }).verifyProvider();
  } finally {
    await app.close();
  }
}

t.test('the sample consumer pact verifies, every interaction in its provider state', async (t) => {
  const pact = JSON.parse(readFileSync(PACT, 'utf8')) as { interactions: { providerStates?: { name: string }[] }[] };
  t.ok(pact.interactions.length >= 7, `${pact.interactions.length} interactions`);
  t.ok(await verifiser(PACT));
});

t.test('a pact the sandbox does not honour fails the verification', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'pact-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const pact = JSON.parse(readFileSync(PACT, 'utf8')) as { interactions: { response: { body: { saksstatus?: string } } }[] };
  pact.interactions[0]!.response.body.saksstatus = 'sakAvsluttet';
  const feil = join(dir, 'feil.json');
  writeFileSync(feil, JSON.stringify(pact));
  await t.rejects(verifiser(feil));
});
