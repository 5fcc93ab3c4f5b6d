/** INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING: violated and not violated. */
import t from 'tap';
import rule from '../../rules/innsender-samsvarer-ikke-med-autentisering.js';
import { context, context2, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('the logged-in organisation passes', async (t) => expectNone(t, rule, example('enkel')));
t.test('another logged-in organisation', async (t) =>
  expectViolations(t, rule, example('enkel'), [
    {
      melding: 'Innsenders organisasjonsnummer 312597772, som angitt i begjæringen, avviker fra pålogget virksomhet, 311758489',
      sti: '/innsender/innsender/virksomhet/identifikator/verdi',
    },
  ], context({ påloggetOrgnr: '311758489' })));

const STI = '/innsender/innsender/virksomhet/identifikator/verdi';
/** The 2.0 enkel example naming another Tenor organisation as innsender than its own 312597772. */
const annenInnsender = () => edited2('enkel', (b) => { b.innsender!.innsender!.virksomhet!.identifikator!.verdi = '313182495'; });

t.test('/v2: the 2.0 examples name the logged-in organisation', async (t) => {
  for (const innlogging of ['virksomhet', 'systembruker', 'delegering'] as const) {
    expectNone(t, rule, example('enkel', '2.0'), context2({ innlogging }));
    expectNone(t, rule, example('kompleks', '2.0'), context2({ innlogging }));
  }
});

t.test('/v2, Alternativ 1 (the vendor logged in as itself): any organisation may be innsender', async (t) =>
  expectNone(t, rule, annenInnsender(), context2({ innlogging: 'virksomhet' })));

t.test('/v2, Alternativ 2 (system user): the innsender must be the system user\'s organisation', async (t) =>
  expectViolations(t, rule, annenInnsender(), [
    { melding: 'Innsenders organisasjonsnummer 313182495, som angitt i begjæringen, avviker fra pålogget virksomhet, 312597772', sti: STI },
  ], context2({ innlogging: 'systembruker' })));

t.test('/v2, delegation (a supplier acting for the consumer): the innsender must be the consumer', async (t) =>
  expectViolations(t, rule, annenInnsender(), [
    { melding: 'Innsenders organisasjonsnummer 313182495, som angitt i begjæringen, avviker fra pålogget virksomhet, 312597772', sti: STI },
  ], context2({ innlogging: 'delegering' })));

t.test('/v1 alike: Alternativ 1 accepts another innsender', async (t) =>
  expectNone(t, rule, example('enkel'), context({ påloggetOrgnr: '311758489', innlogging: 'virksomhet' })));
