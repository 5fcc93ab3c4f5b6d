/** SAKSOEKT_GAMMELT_REGELVERK: violated and not violated, at /v1 and /v2, in and after the transition period. */
import t from 'tap';
import type { Begjaering } from '../../rules/lib/model.js';
import rule from '../../rules/saksoekt-gammelt-regelverk.js';
import { context, context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

const ELSA = (id: string) => `Saksøkt med identifikator ${id} må behandles etter gammelt regelverk, og må sendes inn via ELSA`;
const PAPIR = (id: string) =>
  `Saksøkt med identifikator ${id} må behandles etter gammelt regelverk. Alle saksøkte må være på samme regelverk, hvis ikke må begjæringen sendes inn på papir`;
const sti = (i: number) => `/saksoekt/${i}/saksoekt/person/identifikator/verdi`;

/** The first saksøkt gets identifier `forste`, and a copy of it with `andre` is added. */
const toSaksoekte = (forste: string, andre: string) => (b: Begjaering) => {
  b.saksoekt![0]!.saksoekt!.person!.identifikator!.verdi = forste;
  const kopi = structuredClone(b.saksoekt![0]!);
  kopi.saksoekt!.person!.identifikator!.verdi = andre;
  b.saksoekt!.push(kopi);
};

t.test('saksøkte on the new rules pass', async (t) => expectNone(t, rule, example('enkel')));
t.test('a saksøkt locked to the old rules', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.saksoekt![0]!.saksoekt!.person!.identifikator!.verdi = '08907395937'; }), [
    {
      melding: 'Saksøkt med identifikator 08907395937 må behandles etter gammelt regelverk, og må sendes inn via ELSA',
      sti: '/saksoekt/0/saksoekt/person/identifikator/verdi',
    },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a saksøkt locked to the old rules', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { b.saksoekt![0]!.saksoekt!.person!.identifikator!.verdi = '25876099732'; }), [
    { melding: ELSA('25876099732'), sti: sti(0) },
  ], context2()));

t.test('every saksøkt on the old rules: each is sent to ELSA', async (t) =>
  expectViolations(t, rule, edited2('enkel', toSaksoekte('08907395937', '25876099732')), [
    { melding: ELSA('08907395937'), sti: sti(0) },
    { melding: ELSA('25876099732'), sti: sti(1) },
  ], context2()));
t.test('saksøkte on different rules: refused, the begjæring goes on paper (both versions)', async (t) => {
  expectViolations(t, rule, edited2('enkel', toSaksoekte('44926701751', '08907395937')), [{ melding: PAPIR('08907395937'), sti: sti(1) }], context2());
  expectViolations(t, rule, edited('enkel', toSaksoekte('08907395937', '14838510117')), [{ melding: PAPIR('08907395937'), sti: sti(0) }]);
});

t.test('the transition period ends 31.12.2026, Norwegian time: from then every saksøkt is on the new rules', async (t) => {
  const locked = edited2('enkel', toSaksoekte('44926701751', '08907395937'));
  expectViolations(t, rule, locked, [{ melding: PAPIR('08907395937'), sti: sti(1) }], context2({ now: new Date('2026-12-31T23:59:59+01:00') }));
  expectNone(t, rule, locked, context2({ now: new Date('2026-12-31T23:00:00Z') })); // 1.1.2027 00:00 in Oslo
  expectNone(t, rule, edited('enkel', (b) => { b.saksoekt![0]!.saksoekt!.person!.identifikator!.verdi = '08907395937'; }), context({ now: new Date('2027-03-01T12:00:00+01:00') }));
});
