/** INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING: violated and not violated. */
import t from 'tap';
import rule from '../../rules/innsender-samsvarer-ikke-med-autentisering.js';
import { context, example, expectNone, expectViolations } from './fixtures.js';

t.test('the logged-in organisation passes', async (t) => expectNone(t, rule, example('enkel')));
t.test('another logged-in organisation', async (t) =>
  expectViolations(t, rule, example('enkel'), [
    {
      melding: 'Innsenders organisasjonsnummer 312597772, som angitt i begjæringen, avviker fra pålogget virksomhet, 311758489',
      sti: '/innsender/innsender/virksomhet/identifikator/verdi',
    },
  ], context({ påloggetOrgnr: '311758489' })));
