/** INNSENDER_IKKE_IDENTIFISERBAR: violated and not violated. */
import t from 'tap';
import { createRegister } from '../../rules/lib/register.js';
import rule from '../../rules/innsender-ikke-identifiserbar.js';
import { context, context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('a checksum-valid innsender passes', async (t) => expectNone(t, rule, example('enkel')));
t.test('an organisation number that fails its checksum', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.innsender!.innsender!.virksomhet!.identifikator!.verdi = '312597773'; }), [
    { melding: 'Innsender 312597773 kan ikke identifiseres', sti: '/innsender/innsender/virksomhet/identifikator/verdi' },
  ]));
t.test('a valid number the strict register does not know', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.innsender!.innsender!.virksomhet!.identifikator!.verdi = '974760673'; }), [
    { melding: 'Innsender 974760673 kan ikke identifiseres', sti: '/innsender/innsender/virksomhet/identifikator/verdi' },
  ], context({ register: createRegister('strict') })));
t.test('an innsender without identifier is named by its name', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { delete b.innsender!.innsender!.virksomhet!.identifikator; }), [
    { melding: 'Innsender Inkassobyrå AS kan ikke identifiseres', sti: '/innsender/innsender' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: an organisation number that fails its checksum', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { b.innsender!.innsender!.virksomhet!.identifikator!.verdi = '312597773'; }), [
    { melding: 'Innsender 312597773 kan ikke identifiseres', sti: '/innsender/innsender/virksomhet/identifikator/verdi' },
  ], context2()));
