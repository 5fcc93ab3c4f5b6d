/** SAKSOEKERS_INNENLANDS_ADRESSE_UGYLDIG: violated and not violated. */
import t from 'tap';
import rule from '../../rules/saksoekers-innenlands-adresse-ugyldig.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('adressetekst and postnummer pass', async (t) => expectNone(t, rule, example('enkel')));
t.test('a domestic address without postnummer', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { delete b.saksoeker![0]!.saksoeker!.adresse![0]!.adresseInnland!.adresseFrittFormatInnland!.postnummer; }), [
    { melding: 'Saksøker 311758489 sin adresse innenlands må minimum inneholde adressetekst og postnummer', sti: '/saksoeker/0/saksoeker/adresse/0/adresseInnland' },
  ]));
t.test("a prosessfullmektig's address is not concerned", async (t) =>
  expectNone(t, rule, edited('enkel', (b) => { delete b.saksoeker![0]!.prosessfullmektig!.prosessfullmektig!.adresse![0]!.adresseInnland!.adresseFrittFormatInnland!.postnummer; })));
