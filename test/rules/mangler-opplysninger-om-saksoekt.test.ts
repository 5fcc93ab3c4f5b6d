/** MANGLER_OPPLYSNINGER_OM_SAKSOEKT: violated and not violated. */
import t from 'tap';
import rule from '../../rules/mangler-opplysninger-om-saksoekt.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('personal identifier and name pass', async (t) => expectNone(t, rule, example('enkel')));
t.test('fødselsdato, name and address pass', async (t) =>
  expectNone(t, rule, edited('enkel', (b) => { delete b.saksoekt![0]!.saksoekt!.person!.identifikator; })));
t.test('fødselsdato and name without address', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => {
    b.saksoekt![0]!.saksoekt = { person: { personnavn: { fornavn: 'HENSIKT', etternavn: 'LYSEGUL' }, foedselsdato: '2006-09-16' } };
  }), [
    {
      melding: 'Saksøkte HENSIKT LYSEGUL må oppgis med en av\n- personlig identifikator, minst ett etternavn og fornavn\n- fødselsdato, etternavn, fornavn og adresse\n- orgnummer og navn',
      sti: '/saksoekt/0/saksoekt',
    },
  ]));

const LIST = ' må oppgis med en av\n- personlig identifikator, minst ett etternavn og fornavn\n- fødselsdato, etternavn, fornavn og adresse\n- orgnummer og navn';

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a personal identifier without fornavn', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { delete b.saksoekt![0]!.saksoekt!.person!.personnavn!.fornavn; }), [
    { melding: 'Saksøkte 69887800189' + LIST, sti: '/saksoekt/0/saksoekt' },
  ], context2()));
