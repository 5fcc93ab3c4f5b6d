/** UGYLDIG_VEDLEGG_FULLMAKT: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import type { Fullmakt } from '../../rules/lib/model.js';
import rule from '../../rules/ugyldig-vedlegg-fullmakt.js';
import { context, context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

const FULLMAKT = '11111111-1111-4111-8111-111111111111';
const withFullmakt = (type: string) =>
  edited('enkel', (b) => { b.saksoeker![0]!.prosessfullmektig!.fullmakt = { type, filnavn: 'fullmakt.pdf', uuid: FULLMAKT }; });

t.test('no fullmakt passes', async (t) => expectNone(t, rule, example('enkel')));
t.test('a stored fullmakt passes whatever it is declared as', async (t) =>
  expectNone(t, rule, withFullmakt('annet'), context({}, [
    { uuid: FULLMAKT, type: 'fullmakt', filnavn: 'fullmakt.pdf', status: 'konvertert', innsenderReferanse: 'InnsenderRef124' },
  ])));
t.test('a fullmakt declared as annet', async (t) =>
  expectViolations(t, rule, withFullmakt('annet'), [
    { melding: 'Vedlegg for fullmakt med filnavn fullmakt.pdf må være av type fullmakt', sti: '/saksoeker/0/prosessfullmektig/fullmakt/type' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});

/** A Fullmakt in the beta model's shape: its period and, unless `type` is undefined, the attachment (not uploaded). */
const holder = (type?: string): Fullmakt =>
  type === undefined ? { fraDato: '2024-01-01' } : { fraDato: '2024-01-01', tilDato: '2025-01-01', fullmakt: { type, filnavn: 'fullmakt.pdf', uuid: 'ikke-lastet-opp' } };
const MELDING = 'Vedlegg for fullmakt med filnavn fullmakt.pdf må være av type fullmakt';

t.test('/v2: a Fullmakt holding an attachment of type fullmakt passes; holding none, it is no attachment of the wrong type', async (t) => {
  expectNone(t, rule, edited2('enkel', (b) => { b.saksoeker![0]!.saksoekersProsessfullmektig!.fullmakt = holder('fullmakt'); }), context2());
  expectNone(t, rule, edited2('enkel', (b) => { b.saksoeker![0]!.saksoekersProsessfullmektig!.fullmakt = holder(); }), context2());
});
t.test('/v2: a Fullmakt holding an attachment declared as annet', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { b.innsender!.innsendersProsessfullmektig!.fullmakt = holder('annet'); }), [
    { melding: MELDING, sti: '/innsender/innsendersProsessfullmektig/fullmakt/fullmakt/type' },
  ], context2()));
t.test('/v1 reads the Fullmakt shape too', async (t) => {
  expectNone(t, rule, edited('enkel', (b) => { b.saksoeker![0]!.prosessfullmektig!.fullmakt = holder(); }));
  expectViolations(t, rule, edited('enkel', (b) => { b.saksoeker![0]!.prosessfullmektig!.fullmakt = holder('annet'); }), [
    { melding: MELDING, sti: '/saksoeker/0/prosessfullmektig/fullmakt/fullmakt/type' },
  ]);
});
