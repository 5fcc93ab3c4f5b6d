/** SAKSØKTES_UTENLANDS_ADRESSE_UGYLDIG: violated and not violated. */
import t from 'tap';
import type { Adresse } from '../../rules/lib/model.js';
import rule from '../../rules/saksoektes-utenlands-adresse-ugyldig.js';
import { edited, expectNone, expectViolations } from './fixtures.js';

const utland = (landkode?: string): Adresse => ({
  adressetype: 'postadresse',
  adresseUtland: { adresseFrittFormatUtland: { adressetekst: ['Kungsgatan 1'], poststedsnavn: 'Stockholm', landkode } },
});

t.test('poststed and landkode pass', async (t) => expectNone(t, rule, edited('enkel', (b) => { b.saksoekt![0]!.saksoekt!.adresse = [utland('SE')]; })));
t.test('a foreign address without landkode', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.saksoekt![0]!.saksoekt!.adresse = [utland()]; }), [
    { melding: 'Saksøkte 44926701751 sin adresse utland må minimum inneholde poststed og landkode', sti: '/saksoekt/0/saksoekt/adresse/0/adresseUtland' },
  ]));
