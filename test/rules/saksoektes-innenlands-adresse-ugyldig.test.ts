/** SAKSØKTES_INNENLANDS_ADRESSE_UGYLDIG: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/saksoektes-innenlands-adresse-ugyldig.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('adressetekst and postnummer pass', async (t) => expectNone(t, rule, example('enkel')));
t.test('a domestic address without adressetekst', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { delete b.saksoekt![0]!.saksoekt!.adresse![0]!.adresseInnland!.adresseFrittFormatInnland!.adressetekst; }), [
    { melding: 'Saksøkte 44926701751 sin adresse innenlands må minimum inneholde adressetekst og postnummer', sti: '/saksoekt/0/saksoekt/adresse/0/adresseInnland' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a domestic address without postnummer', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { delete b.saksoekt![0]!.saksoekt!.adresse![0]!.adresseInnland!.adresseFrittFormatInnland!.postnummer; }), [
    { melding: 'Saksøkte 69887800189 sin adresse innenlands må minimum inneholde adressetekst og postnummer', sti: '/saksoekt/0/saksoekt/adresse/0/adresseInnland' },
  ], context2()));
