/** Everything about cases survives closing and rebuilding the app on the same database file. */
import t from 'tap';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API, testApp, tokenFor } from '../helpers.js';
import { ORG, TIME, alleHendelser, auth, endre, hentJson, nySak, statusPaa } from './kit.js';
import { startMottaker, vent } from './mottaker.js';

t.test('cases, versions, events, pending clock steps, webhook deliveries and duplicate detection survive a restart', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-sak-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const mottaker = await startMottaker();
  t.teardown(() => mottaker.close());
  const config = { dbPath: join(dir, 'sandbox.db'), sakStegMs: TIME };

  const foer = await testApp(config);
  let token = await tokenFor(foer, ORG);
  mottaker.svar = () => 503; // down while the first app runs
  await foer.inject({ method: 'POST', url: '/sandbox/webhooks', headers: auth(token), payload: { url: mottaker.url, hemmelighet: 'hemmelighet-som-varer' } });
  const { ref, begjaering } = await nySak(foer, token);
  await foer.clock.advance(ORG, TIME);
  t.equal((await endre(foer, token, ref, { ...begjaering, saksreferanse: 'v2' })).statusCode, 204);
  await foer.clock.advance(ORG, TIME / 2);
  const klokkeFoer = foer.clock.now(ORG).getTime();
  const hendelserFoer = await alleHendelser(foer, token);
  await vent(() => mottaker.leveringer.length > 0, 'a first (failed) attempt');
  await foer.close();

  mottaker.svar = () => 200;
  const etter = await testApp(config);
  t.teardown(() => etter.close());
  token = await tokenFor(etter, ORG);
  t.ok(etter.clock.now(ORG).getTime() >= klokkeFoer, 'the sandbox clock kept its offset');
  const status = (await statusPaa(etter, token, ref)).body;
  t.equal(status.saksstatus, 'sakUnderBehandling');
  t.same(status.innsendinger.map((i: { behandlet: string }) => i.behandlet), ['behandlet', 'ubehandlet'], 'versions kept');
  t.same(await alleHendelser(etter, token), hendelserFoer, 'the feed kept');
  t.equal(etter.db.prepare("SELECT count(*) FROM planlagt_jobb WHERE type = 'sak.steg'").pluck().get(), 1, 'the next step is still pending');

  await etter.clock.advance(ORG, TIME / 2);
  const steg = (await statusPaa(etter, token, ref)).body;
  t.equal(steg.saksstatus, 'sakForelagt', 'the step scheduled before the restart ran after it');
  t.same(steg.innsendinger.map((i: { behandlet: string }) => i.behandlet), ['behandlet', 'behandlet']);
  const alle = await alleHendelser(etter, token);
  t.same(alle.map((h) => h.sekvensnummer), alle.map((_, i) => i + 1), 'numbering continues without a gap');

  await vent(() => new Set(mottaker.leveringer.filter((l) => l.status === 200).map((l) => l.headers['x-sandbox-hendelse-id'])).size === alle.length,
    'every event, including those queued before the restart');
  // Validation only: a submission would also meet the unique index, valider has only the rule to go by.
  const igjen = await etter.inject({ method: 'POST', url: `${API}/utleggsbegjaering/valider`, headers: auth(token), payload: begjaering });
  const koder = igjen.body ? igjen.json().kontrollutslag?.map((k: { kode: string }) => k.kode) : [];
  t.same([igjen.statusCode, koder], [422, ['DUPLIKAT_INNSENDING']],
    'a case stored before the restart is still a duplicate after it');
  const stored = (await hentJson(etter, token, `${API}/utleggsbegjaering/${ref}`)).body;
  t.same(stored.versjoner.map((v: { begjaering: { saksreferanse: string } }) => v.begjaering.saksreferanse), ['saksref. 123456', 'v2']);
});
