/** SAKSOEKERS_INNENLANDS_ADRESSE_UGYLDIG: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/saksoekers-innenlands-adresse-ugyldig.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('adressetekst and postnummer pass', async (t) => expectNone(t, rule, example('enkel')));
t.test('a domestic address without postnummer', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { delete b.saksoeker![0]!.saksoeker!.adresse![0]!.adresseInnland!.adresseFrittFormatInnland!.postnummer; }), [
    { melding: 'Saksøker 311758489 sin adresse innenlands må minimum inneholde adressetekst og postnummer', sti: '/saksoeker/0/saksoeker/adresse/0/adresseInnland' },
  ]));
t.test("a prosessfullmektig's address is not concerned", async (t) =>
  expectNone(t, rule, edited('enkel', (b) => { delete b.saksoeker![0]!.prosessfullmektig!.prosessfullmektig!.adresse![0]!.adresseInnland!.adresseFrittFormatInnland!.postnummer; })));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a domestic address without adressetekst', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { delete b.saksoeker![0]!.saksoeker!.adresse![0]!.adresseInnland!.adresseFrittFormatInnland!.adressetekst; }), [
    { melding: 'Saksøker 313182495 sin adresse innenlands må minimum inneholde adressetekst og postnummer', sti: '/saksoeker/0/saksoeker/adresse/0/adresseInnland' },
  ], context2()));
t.test("/v2: the saksøkers prosessfullmektig's address is not concerned", async (t) =>
  expectNone(t, rule, edited2('enkel', (b) => { delete b.saksoeker![0]!.saksoekersProsessfullmektig!.prosessfullmektig!.adresse![0]!.adresseInnland!.adresseFrittFormatInnland!.postnummer; }), context2()));
