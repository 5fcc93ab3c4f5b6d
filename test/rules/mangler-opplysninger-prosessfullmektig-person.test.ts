/** MANGLER_OPPLYSNINGER_PROSESSFULLMEKTIG_PERSON: violated and not violated. */
import t from 'tap';
import type { Adresse } from '../../rules/lib/model.js';
import rule from '../../rules/mangler-opplysninger-prosessfullmektig-person.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('a person with full name and address passes (official kompleks)', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a person without address', async (t) =>
  expectViolations(t, rule, edited('kompleks', (b) => { delete b.innsender!.prosessfullmektig!.prosessfullmektig!.adresse; }), [
    { melding: 'Prosessfullmektig 03057738971 må oppgis med\n- Fullt navn \n- Adresse', sti: '/innsender/prosessfullmektig/prosessfullmektig' },
  ]));

t.test('/v2: the 2.0 examples pass (kompleks: a person with full name and address)', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test("/v2: the innsendersProsessfullmektig without address", async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { delete b.innsender!.innsendersProsessfullmektig!.prosessfullmektig!.adresse; }), [
    { melding: 'Prosessfullmektig 03057738971 må oppgis med\n- Fullt navn \n- Adresse', sti: '/innsender/innsendersProsessfullmektig/prosessfullmektig' },
  ], context2()));
