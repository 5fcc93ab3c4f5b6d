/** MANGLER_OPPLYSNINGER_PROSESSFULLMEKTIG: violated and not violated. */
import t from 'tap';
import rule from '../../rules/mangler-opplysninger-prosessfullmektig.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('inkassobyråer with orgnummer pass', async (t) => expectNone(t, rule, example('enkel')));
t.test("a person prosessfullmektig is the _PERSON rule's (official kompleks)", async (t) => expectNone(t, rule, example('kompleks')));
t.test('an inkassobyrå without orgnummer', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { delete b.saksoeker![0]!.prosessfullmektig!.prosessfullmektig!.virksomhet!.identifikator; }), [
    { melding: 'Prosessfullmektig UTROLIG ESTETISK TIGER AS må oppgis med\n- inkassobyråets orgnummer', sti: '/saksoeker/0/prosessfullmektig/prosessfullmektig' },
  ]));
