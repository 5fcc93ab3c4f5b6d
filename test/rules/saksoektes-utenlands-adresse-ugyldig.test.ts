/** SAKSØKTES_UTENLANDS_ADRESSE_UGYLDIG: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import type { Adresse } from '../../rules/lib/model.js';
import rule from '../../rules/saksoektes-utenlands-adresse-ugyldig.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

const utland = (landkode?: string): Adresse => ({
  adressetype: 'postadresse',
  adresseUtland: { adresseFrittFormatUtland: { adressetekst: ['Kungsgatan 1'], poststedsnavn: 'Stockholm', landkode } },
});

t.test('poststed and landkode pass', async (t) => expectNone(t, rule, edited('enkel', (b) => { b.saksoekt![0]!.saksoekt!.adresse = [utland('SE')]; })));
t.test('a foreign address without landkode', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.saksoekt![0]!.saksoekt!.adresse = [utland()]; }), [
    { melding: 'Saksøkte 44926701751 sin adresse utland må minimum inneholde poststed og landkode', sti: '/saksoekt/0/saksoekt/adresse/0/adresseUtland' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a foreign address without landkode', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { b.saksoekt![0]!.saksoekt!.adresse = [utland()]; }), [
    { melding: 'Saksøkte 69887800189 sin adresse utland må minimum inneholde poststed og landkode', sti: '/saksoekt/0/saksoekt/adresse/0/adresseUtland' },
  ], context2()));
