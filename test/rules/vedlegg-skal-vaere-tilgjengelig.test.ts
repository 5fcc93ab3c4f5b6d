/** VEDLEGG_SKAL_VAERE_TILGJENGELIG: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/vedlegg-skal-vaere-tilgjengelig.js';
import { AKSEPT_STI, akseptWithStatus, context, context2, edited, edited2, example, expectNone, expectViolations, rawExample } from './fixtures.js';
import { AKSEPT_STI_2, akseptWithStatus2 } from './aksept.js';

t.test('stored attachments pass', async (t) => expectNone(t, rule, example('enkel')));
t.test('a uuid that names nothing', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => {
    b.begjaeringensTvangsgrunnlag![0]!.saerligTvangsgrunnlag!.skriftligMeddelelse!.forsendelsesmaate!
      .AlternativElektroniskKanalForMeddelelse!.akseptKanalvalg!.uuid = 'ffffffff-ffff-4fff-8fff-ffffffffffff';
  }), [{ melding: "Vedlegg 'akseptKanalvalg' med id 'ffffffff-ffff-4fff-8fff-ffffffffffff' finnes ikke.", sti: AKSEPT_STI }]));
t.test('slettet, kassert and inneholderVirus have their messages', async (t) => {
  expectViolations(t, rule, example('enkel'), [{ melding: "Vedlegg 'akseptKanalvalg' er slettet.", sti: AKSEPT_STI }], akseptWithStatus('slettet'));
  expectViolations(t, rule, example('enkel'), [{ melding: "Vedlegg 'akseptKanalvalg' er kassert.", sti: AKSEPT_STI }], akseptWithStatus('kassert'));
  expectViolations(t, rule, example('enkel'), [{ melding: "Vedlegg 'akseptKanalvalg' inneholder virus.", sti: AKSEPT_STI }], akseptWithStatus('inneholderVirus'));
});
t.test('both spellings of the kanal key are walked (official kompleks)', async (t) => {
  const b = rawExample('kompleks');
  const sti = (i: number, key: string) =>
    `/begjaeringensTvangsgrunnlag/${i}/saerligTvangsgrunnlag/skriftligMeddelelse/forsendelsesmaate/${key}/akseptKanalvalg/uuid`;
  const melding = "Vedlegg 'akseptKanalvalg' med id 'cbdf604f-03df-4327-8188-d8fcfe72d533' finnes ikke.";
  const found = rule.check(b, context()).filter((v) => v.melding === melding).map((v) => v.sti);
  t.same(found, [sti(0, 'alternativElektroniskKanalForMeddelelse'), sti(1, 'AlternativElektroniskKanalForMeddelelse')]);
});

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: slettet, kassert and inneholderVirus have their messages', async (t) => {
  const enkel = example('enkel', '2.0');
  expectViolations(t, rule, enkel, [{ melding: "Vedlegg 'akseptKanalvalg' er slettet.", sti: AKSEPT_STI_2 }], akseptWithStatus2('slettet'));
  expectViolations(t, rule, enkel, [{ melding: "Vedlegg 'akseptKanalvalg' er kassert.", sti: AKSEPT_STI_2 }], akseptWithStatus2('kassert'));
  expectViolations(t, rule, enkel, [{ melding: "Vedlegg 'akseptKanalvalg' inneholder virus.", sti: AKSEPT_STI_2 }], akseptWithStatus2('inneholderVirus'));
});
t.test("/v2: a uuid that names nothing, under a varsel's alternativElektroniskForsendelsesmaate (2.0 #6)", async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => {
    b.begjaeringensTvangsgrunnlag![0]!.varsel![0]!.alternativElektroniskForsendelsesmaate = {
      kanalForMeddelelse: 'sms',
      akseptKanalvalg: { type: 'annet', filnavn: 'aksept.pdf', uuid: 'ffffffff-ffff-4fff-8fff-ffffffffffff' },
    };
  }), [
    {
      melding: "Vedlegg 'aksept.pdf' med id 'ffffffff-ffff-4fff-8fff-ffffffffffff' finnes ikke.",
      sti: '/begjaeringensTvangsgrunnlag/0/varsel/0/alternativElektroniskForsendelsesmaate/akseptKanalvalg/uuid',
    },
  ], context2()));
