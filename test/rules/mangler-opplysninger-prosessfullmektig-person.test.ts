/** MANGLER_OPPLYSNINGER_PROSESSFULLMEKTIG_PERSON: violated and not violated. */
import t from 'tap';
import type { Adresse } from '../../rules/lib/model.js';
import rule from '../../rules/mangler-opplysninger-prosessfullmektig-person.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('a person with full name and address passes (official kompleks)', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a person without address', async (t) =>
  expectViolations(t, rule, edited('kompleks', (b) => { delete b.innsender!.prosessfullmektig!.prosessfullmektig!.adresse; }), [
    { melding: 'Prosessfullmektig 03057738971 må oppgis med\n- Fullt navn \n- Adresse', sti: '/innsender/prosessfullmektig/prosessfullmektig' },
  ]));
