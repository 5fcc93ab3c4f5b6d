/** MANGLER_OPPLYSNINGER_BEVILLINGSHAVER: violated and not violated. */
import t from 'tap';
import rule from '../../rules/mangler-opplysninger-bevillingshaver.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('inkassobyråer with bevillingshaver pass', async (t) => expectNone(t, rule, example('enkel')));
t.test('an inkassobyrå without bevillingshaver', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { delete b.saksoeker![0]!.prosessfullmektig!.bevillingshaver; }), [
    { melding: 'Inkassobyrået 312597772 må oppgi bevillingshaver', sti: '/saksoeker/0/prosessfullmektig/bevillingshaver' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test("/v2: the saksøker's inkassobyrå without bevillingshaver", async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { delete b.saksoeker![0]!.saksoekersProsessfullmektig!.bevillingshaver; }), [
    { melding: 'Inkassobyrået 312597772 må oppgi bevillingshaver', sti: '/saksoeker/0/saksoekersProsessfullmektig/bevillingshaver' },
  ], context2()));
t.test("/v2: the saksøkte's inkassobyrå with a bevillingshaver without etternavn", async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { delete b.saksoekt![0]!.saksoektesProsessfullmektig!.bevillingshaver!.navn!.etternavn; }), [
    { melding: 'Inkassobyrået 312759667 må oppgi bevillingshaver', sti: '/saksoekt/0/saksoektesProsessfullmektig/bevillingshaver' },
  ], context2()));
