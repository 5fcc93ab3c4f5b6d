/** SAKSØKTES_INNENLANDS_ADRESSE_UGYLDIG: violated and not violated. */
import t from 'tap';
import rule from '../../rules/saksoektes-innenlands-adresse-ugyldig.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('adressetekst and postnummer pass', async (t) => expectNone(t, rule, example('enkel')));
t.test('a domestic address without adressetekst', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { delete b.saksoekt![0]!.saksoekt!.adresse![0]!.adresseInnland!.adresseFrittFormatInnland!.adressetekst; }), [
    { melding: 'Saksøkte 44926701751 sin adresse innenlands må minimum inneholde adressetekst og postnummer', sti: '/saksoekt/0/saksoekt/adresse/0/adresseInnland' },
  ]));
