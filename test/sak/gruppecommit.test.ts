/**
 * The group commit (SakRepository.opprett): submissions that arrive in one turn commit together, and each is still
 * all-or-nothing — a duplicate among them is refused alone, a failure undoes only its own rows.
 */
import t from 'tap';
import { testApp } from '../helpers.js';
import { ORG } from './kit.js';

const dokument = (ref: string) => JSON.stringify({ begjaeringsdato: '2024-02-02', innsenderReferanse: ref });
const noekkel = (ref: string) => ({ begjaeringsdato: '2024-02-02', innsenderReferanse: ref });

t.test('one turn, one commit: the duplicate in it is refused, the others stored', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const now = app.clock.now(ORG);
  const svar = await Promise.all(['a', 'b', 'a', 'c'].map((ref) => app.saker.opprett(ORG, noekkel(ref), now, dokument(ref), '0.9')));
  t.same(svar.map((sak) => sak?.innsenderReferanse), ['a', 'b', undefined, 'c']);
  t.equal(app.db.prepare('SELECT count(*) FROM sak').pluck().get(), 3);
  t.equal(app.db.prepare('SELECT count(*) FROM begjaering_versjon').pluck().get(), 3);
  t.equal(app.db.prepare("SELECT count(*) FROM hendelse WHERE type = 'saksstatusEndret'").pluck().get(), 3, 'an event for each');
});

t.test('a failure in one case undoes its rows only', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  // Fails after the case, its version and its event are written: the listeners run last.
  app.saker.onOpprettet((sak) => {
    if (sak.innsenderReferanse === 'feiler') throw new Error('listener failed');
  });
  const now = app.clock.now(ORG);
  const svar = await Promise.allSettled(['a', 'feiler', 'b'].map((ref) => app.saker.opprett(ORG, noekkel(ref), now, dokument(ref), '0.9')));
  t.same(svar.map((s) => s.status), ['fulfilled', 'rejected', 'fulfilled']);
  t.match((svar[1] as PromiseRejectedResult).reason, { message: 'listener failed' });
  t.same(app.db.prepare('SELECT innsender_referanse FROM sak ORDER BY id').pluck().all(), ['a', 'b']);
  t.equal(app.db.prepare('SELECT count(*) FROM begjaering_versjon').pluck().get(), 2);
  t.equal(app.db.prepare('SELECT count(*) FROM hendelse').pluck().get(), 2, "the failed case's event is gone too");
  t.notOk(app.saker.finnesInnsending(ORG, '2024-02-02', 'feiler'));
  t.ok(await app.saker.opprett(ORG, noekkel('etterpaa'), now, dokument('etterpaa'), '0.9'), 'the next turn commits as before');
});
