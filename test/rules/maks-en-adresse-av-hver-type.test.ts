/** MAKS_EN_ADRESSE_AV_HVER_TYPE: violated and not violated. */
import t from 'tap';
import rule from '../../rules/maks-en-adresse-av-hver-type.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('one address of each type passes', async (t) => expectNone(t, rule, example('enkel')));
t.test('two bopelsadresser', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => {
    const adresse = b.saksoeker![0]!.saksoeker!.adresse!;
    adresse.push(structuredClone(adresse[0]!));
  }), [{ melding: 'Man kan kun definere en adresse av type bopelsadresse', sti: '/saksoeker/0/saksoeker/adresse/1/adressetype' }]));
t.test("also a prosessfullmektig's addresses", async (t) =>
  expectViolations(t, rule, edited('kompleks', (b) => {
    const adresse = b.innsender!.prosessfullmektig!.prosessfullmektig!.adresse!;
    adresse.push(structuredClone(adresse[0]!));
  }), [{ melding: 'Man kan kun definere en adresse av type bopelsadresse', sti: '/innsender/prosessfullmektig/prosessfullmektig/adresse/1/adressetype' }]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test("/v2: the innsendersProsessfullmektig's addresses", async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => {
    const adresse = b.innsender!.innsendersProsessfullmektig!.prosessfullmektig!.adresse!;
    adresse.push(structuredClone(adresse[0]!));
  }), [{ melding: 'Man kan kun definere en adresse av type bopelsadresse', sti: '/innsender/innsendersProsessfullmektig/prosessfullmektig/adresse/1/adressetype' }], context2()));
