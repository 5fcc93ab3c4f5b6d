/**
 * Due work runs in bounded batches that yield to the event loop (issue 21 item 6): a jump that makes thousands of
 * steps due leaves /health and another organisation's requests answering while it is processed.
 */
import t from 'tap';
import type { AddressInfo } from 'node:net';
import { JOBS_PER_BATCH } from '../../server/clock.js';
import { example, testApp, tokenFor } from '../helpers.js';
import { ANNEN_ORG, ORG } from '../sandbox/kit.js';

const TIME = 3_600_000;

t.test('between two turns of the event loop at most one batch of jobs runs', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  let kjort = 0;
  app.clock.on('test.arbeid', () => {
    kjort++;
  });
  for (let i = 0; i < 20 * JOBS_PER_BATCH; i++) app.clock.schedule(ANNEN_ORG, 'test.arbeid', TIME, { i });

  // A turn of the event loop is one check phase: count the jobs that ran between two of them.
  let maks = 0;
  let turer = 0;
  let sett = 0;
  let ferdig = false;
  const sonde = () => {
    maks = Math.max(maks, kjort - sett);
    sett = kjort;
    turer++;
    if (!ferdig) setImmediate(sonde);
  };
  setImmediate(sonde);
  await app.clock.advance(ANNEN_ORG, TIME);
  ferdig = true;
  t.equal(kjort, 20 * JOBS_PER_BATCH, 'every due job ran before the advance answered');
  t.ok(maks <= JOBS_PER_BATCH, `at most ${JOBS_PER_BATCH} jobs per turn (${maks})`);
  t.ok(turer >= 20, `the loop turned between batches (${turer} turns)`);
});

t.test('another organisation\'s requests and /health keep answering during a 60-day jump of thousands of steps', async (t) => {
  const app = await testApp({ sakStegMs: TIME });
  t.teardown(() => app.close());
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const [a, b] = [await tokenFor(app, ORG), await tokenFor(app, ANNEN_ORG)];
  const saker = 1500;
  const dokument = JSON.stringify(example('enkel'));
  const naa = app.clock.now(ANNEN_ORG);
  await Promise.all(Array.from({ length: saker }, (_, i) =>
    app.saker.opprett(ANNEN_ORG, { begjaeringsdato: '2024-02-02', innsenderReferanse: `b-${i}` }, naa, dokument, '0.9')));

  let ferdig = false;
  const start = performance.now();
  const frem = fetch(`${base}/sandbox/klokke`, { method: 'POST', headers: { authorization: `Bearer ${b}`, 'content-type': 'application/json' }, body: '{"frem":"P60D"}' })
    .then((res) => {
      ferdig = true;
      return { status: res.status, ms: performance.now() - start };
    });
  const ventetider: number[] = [];
  while (!ferdig) {
    const s = performance.now();
    const svar = await Promise.all([fetch(`${base}/health`), fetch(`${base}/sandbox/klokke`, { headers: { authorization: `Bearer ${a}` } })]);
    await Promise.all(svar.map((r) => r.text()));
    ventetider.push(performance.now() - s);
    t.same(svar.map((r) => r.status), [200, 200]);
  }
  const jump = await frem;
  t.equal(jump.status, 200);
  t.equal(app.db.prepare("SELECT count(*) FROM sak WHERE orgnr = ? AND saksstatus = 'sakAvsluttet'").pluck().get(ANNEN_ORG), saker, `${4 * saker} steps ran`);
  const maks = Math.max(...ventetider);
  t.comment(`B's jump: ${Math.round(jump.ms)} ms; A's requests meanwhile: ${ventetider.length}, slowest ${Math.round(maks)} ms`);
  t.ok(ventetider.length >= 5, 'A was answered again and again during the jump');
  t.ok(maks < jump.ms / 2, 'and never had to wait for the whole jump');
});
