/**
 * The betjeningskart checkpoints (server/sandbox/oppslag.ts) on exact sandbox times: the window's edge, lookups
 * used or left unused, several saksøkte, a lookup used twice, and a register that starts over a database with
 * lookups waiting (a restart).
 */
import t from 'tap';
import { openDatabase } from '../../server/store/database.js';
import { Oppslagsregister, VINDU_MINUTTER, type Telling } from '../../server/sandbox/oppslag.js';

const ORG = '312597772';
const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const VINDU = VINDU_MINUTTER * 60_000;
const kl = (ms: number) => new Date(T0 + ms).toISOString();
const kort = (ts: Telling[]) => ts.map((x) => `${x.art}:${x.navn}:${x.versjon}:${x.antall}`);

function oppsett() {
  const db = openDatabase(':memory:');
  t.teardown(() => db.close());
  return { db, register: new Oppslagsregister(db) };
}

t.test('a lookup serves a submission up to the window\'s end, not a millisecond after', async (t) => {
  const { register } = oppsett();
  t.same(register.registrer(ORG, 'v2', kl(0), { oppslag: ['A'] }), [], 'a lookup alone settles nothing');
  t.same(kort(register.registrer(ORG, 'v2', kl(VINDU), { saksoekte: ['A'] })), ['flyt:betjeningskartUnoedig:v2:1', 'flyt:betjeningskart:v2:1']);

  register.registrer(ORG, 'v1', kl(VINDU + 1), { oppslag: ['B'] });
  t.same(kort(register.registrer(ORG, 'v2', kl(2 * VINDU + 2), { saksoekte: ['B'] })), ['avvik:betjeningskart:v2:1'], 'one ms too late');
});

t.test('an unused lookup is a deviation once its window has passed, counted under its own version', async (t) => {
  const { register } = oppsett();
  register.registrer(ORG, 'v1', kl(0), { oppslag: ['A', 'A', 'B'] });
  register.registrer(ORG, 'v2', kl(1000), { oppslag: ['C'] });
  t.same(register.sveip(ORG, kl(VINDU)), [], 'still inside the window');
  register.registrer(ORG, 'v2', kl(VINDU), { saksoekte: ['B'] });
  const sveip = register.sveip(ORG, kl(VINDU + 1001));
  t.same(sveip.map((s) => [s.art, s.navn, s.versjon, s.antall, s.sist]), [
    ['avvik', 'betjeningskartUnoedig', 'v1', 1, kl(0)],
    ['avvik', 'betjeningskartUnoedig', 'v2', 1, kl(1000)],
  ], 'A (asked twice in one lookup: one) and C; B was used');
  t.same(register.sveip(ORG, kl(10 * VINDU)), [], 'settled once');
});

t.test('every saksøkt must have been looked up; a lookup serves more than one submission but is used once', async (t) => {
  const { register } = oppsett();
  register.registrer(ORG, 'v2', kl(0), { oppslag: ['A'] });
  t.same(kort(register.registrer(ORG, 'v2', kl(1000), { saksoekte: ['A', 'B'] })), ['flyt:betjeningskartUnoedig:v2:1', 'avvik:betjeningskart:v2:1'], 'B was not looked up');
  t.same(kort(register.registrer(ORG, 'v2', kl(2000), { saksoekte: ['A'] })), ['flyt:betjeningskart:v2:1'], 'A again: in the window, already used');
  t.same(register.registrer(ORG, 'v2', kl(3000), { saksoekte: [] }), [], 'no identifiers: nothing to hold it against');
  t.same(kort(register.registrer('311758489', 'v2', kl(4000), { saksoekte: ['A'] })), ['avvik:betjeningskart:v2:1'], 'another organisation\'s lookup');
});

t.test('lookups waiting in the database are settled by a register started later (a restart)', async (t) => {
  const { db, register } = oppsett();
  register.registrer(ORG, 'v2', kl(0), { oppslag: ['A'] });
  const etter = new Oppslagsregister(db);
  t.same(kort(etter.sveip(ORG, kl(VINDU + 1))), ['avvik:betjeningskartUnoedig:v2:1']);
  register.registrer(ORG, 'v2', kl(0), { oppslag: ['B'] });
  register.registrer('311758489', 'v2', kl(0), { oppslag: ['B'] });
  register.slett(ORG);
  const igjen = new Oppslagsregister(db);
  t.same([...igjen.sveip(ORG, kl(VINDU + 1)), ...igjen.sveip('311758489', kl(VINDU + 1))].map((x) => x.orgnr), ['311758489'], 'reset forgot the organisation\'s, not the other\'s');
});

t.test('each organisation\'s lookups settle on its own clock: another organisation\'s later time settles none of them', async (t) => {
  const { register } = oppsett();
  const annen = '311758489';
  register.registrer(ORG, 'v2', kl(0), { oppslag: ['A'] });
  register.registrer(annen, 'v2', kl(0), { oppslag: ['A'] });
  t.same(register.sveip(annen, kl(60 * 24 * 60 * 60_000)).map((x) => x.orgnr), [annen], '60 days on, only its own');
  t.same(kort(register.registrer(ORG, 'v2', kl(1000), { saksoekte: ['A'] })), ['flyt:betjeningskartUnoedig:v2:1', 'flyt:betjeningskart:v2:1'], 'the other\'s lookup still serves its submission');
});
