/** RENTE_MAA_HA_RELATERT_KRAV: violated and not violated. */
import t from 'tap';
import rule from '../../rules/rente-maa-ha-relatert-krav.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('related rentekrav pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a rentekrav related to nothing', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { delete b.kravTilInnkreving![1]!.relatertKrav; }), [
    {
      melding: 'Et rentekrav må ha et relatert krav slik at det relaterer seg til et annet krav som er rentebærende.',
      sti: '/kravTilInnkreving/1/relatertKrav',
    },
  ]));
