/** SAKSOEKERS_UTENLANDS_ADRESSE_UGYLDIG: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import type { Adresse } from '../../rules/lib/model.js';
import rule from '../../rules/saksoekers-utenlands-adresse-ugyldig.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

const utland = (landkode?: string): Adresse => ({
  adressetype: 'postadresse',
  adresseUtland: { adresseFrittFormatUtland: { adressetekst: ['Kungsgatan 1'], poststedsnavn: 'Stockholm', landkode } },
});

t.test('poststed and landkode pass', async (t) => expectNone(t, rule, edited('enkel', (b) => { b.saksoeker![0]!.saksoeker!.adresse = [utland('SE')]; })));
t.test('a foreign address without landkode', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.saksoeker![0]!.saksoeker!.adresse = [utland()]; }), [
    { melding: 'Saksøker 311758489 sin adresse utenlands må minimum inneholde poststed og landkode', sti: '/saksoeker/0/saksoeker/adresse/0/adresseUtland' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a foreign address (with 1.1 #5 postnummerUtland) without poststed', async (t) => {
  const adresse: Adresse = { adressetype: 'postadresse', adresseUtland: { adresseFrittFormatUtland: { adressetekst: ['Kungsgatan 1'], postnummerUtland: '111 22', landkode: 'SE' } } };
  expectViolations(t, rule, edited2('enkel', (b) => { b.saksoeker![0]!.saksoeker!.adresse!.push(adresse); }), [
    { melding: 'Saksøker 311758489 sin adresse utenlands må minimum inneholde poststed og landkode', sti: '/saksoeker/0/saksoeker/adresse/1/adresseUtland' },
  ], context2());
});
