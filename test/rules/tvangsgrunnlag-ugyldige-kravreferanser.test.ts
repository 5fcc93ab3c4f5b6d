/** TVANGSGRUNNLAG_UGYLDIGE_KRAVREFERANSER: violated and not violated. */
import t from 'tap';
import rule from '../../rules/tvangsgrunnlag-ugyldige-kravreferanser.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('existing references pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a reference to a krav that does not exist', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.begjaeringensTvangsgrunnlag![0]!.innsendersKravreferanse!.push('UKJENT'); }), [
    { melding: 'Begjæringens tvangsgrunnlag med kravreferanse UKJENT peker på krav som ikke eksisterer', sti: '/begjaeringensTvangsgrunnlag/0/innsendersKravreferanse/3' },
  ]));
