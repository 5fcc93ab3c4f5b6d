/** SAKSOEKT_MANGLER_I_REGISTERET: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import { createRegister } from '../../rules/lib/register.js';
import rule from '../../rules/saksoekt-mangler-i-registeret.js';
import { context, context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('known saksøkte pass, lenient and strict', async (t) => {
  expectNone(t, rule, example('enkel'));
  expectNone(t, rule, example('enkel'), context({ register: createRegister('strict') }));
});
t.test('a number that fails its checksum', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.saksoekt![0]!.saksoekt!.person!.identifikator!.verdi = '44926701752'; }), [
    { melding: 'Saksoekt finnes ikke i registeret', sti: '/saksoekt/0/saksoekt/person/identifikator/verdi' },
  ]));
t.test('a valid number the strict register does not know', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.saksoekt![0]!.saksoekt!.person!.identifikator!.verdi = '11898820094'; }), [
    { melding: 'Saksoekt finnes ikke i registeret', sti: '/saksoekt/0/saksoekt/person/identifikator/verdi' },
  ], context({ register: createRegister('strict') })));

t.test('/v2: the 2.0 examples pass, lenient and strict', async (t) => {
  for (const name of ['enkel', 'kompleks'] as const) {
    expectNone(t, rule, example(name, '2.0'), context2());
    expectNone(t, rule, example(name, '2.0'), context2({ register: createRegister('strict') }));
  }
});
t.test('/v2: a number that fails its checksum', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { b.saksoekt![0]!.saksoekt!.person!.identifikator!.verdi = '69887800188'; }), [
    { melding: 'Saksoekt finnes ikke i registeret', sti: '/saksoekt/0/saksoekt/person/identifikator/verdi' },
  ], context2()));
