/** MANGLER_OPPLYSNINGER_OM_SAKSOEKER: violated and not violated. */
import t from 'tap';
import rule from '../../rules/mangler-opplysninger-om-saksoeker.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

const LIST = ' må oppgis med en av\n- orgnummer og navn\n- navn og adresse\n- personlig identifikator, etternavn og fornavn\n- fødselsdato, etternavn og fornavn';

t.test('orgnummer and navn pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('navn and adresse pass', async (t) =>
  expectNone(t, rule, edited('kompleks', (b) => { delete b.saksoeker![0]!.saksoeker!.virksomhet!.identifikator; })));
t.test('a saksøker with only a name', async (t) =>
  expectViolations(t, rule, edited('kompleks', (b) => { b.saksoeker![0]!.saksoeker = { virksomhet: { navn: 'SMUL FLAT TIGER AS' } }; }), [
    { melding: 'Saksøker SMUL FLAT TIGER AS' + LIST, sti: '/saksoeker/0/saksoeker' },
  ]));
t.test('no saksøker at all', async (t) =>
  expectViolations(t, rule, edited('kompleks', (b) => { b.saksoeker = []; }), [
    { melding: 'Saksøker (ikke oppgitt)' + LIST, sti: '/saksoeker' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a saksøker with a name and no address or orgnummer', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => {
    const saksoeker = b.saksoeker![0]!.saksoeker!;
    delete saksoeker.adresse;
    delete saksoeker.virksomhet!.identifikator;
  }), [{ melding: 'Saksøker UPERSONLIG FRISK TIGER AS' + LIST, sti: '/saksoeker/0/saksoeker' }], context2()));
