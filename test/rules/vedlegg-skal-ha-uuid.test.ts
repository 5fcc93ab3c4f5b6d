/** VEDLEGG_SKAL_HA_UUID: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import type { Begjaering } from '../../rules/lib/model.js';
import rule from '../../rules/vedlegg-skal-ha-uuid.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('references with uuid pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a reference without uuid, and one with an empty uuid', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => {
    delete b.begjaeringensTvangsgrunnlag![0]!.tvangsgrunnlag!.uuid;
    b.vedlegg![1]!.uuid = '';
  }), [
    { melding: "Vedlegg 'tvangsgrunnlag' mangler uuid", sti: '/begjaeringensTvangsgrunnlag/0/tvangsgrunnlag/uuid' },
    { melding: "Vedlegg 'tvangskraftgrunnlag' mangler uuid", sti: '/vedlegg/1/uuid' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a varsel\'s tvangskraftgrunnlag without uuid', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { delete b.begjaeringensTvangsgrunnlag![1]!.varsel![0]!.tvangskraftgrunnlag!.uuid; }), [
    { melding: "Vedlegg 'tvangskraftgrunnlag' mangler uuid", sti: '/begjaeringensTvangsgrunnlag/1/varsel/0/tvangskraftgrunnlag/uuid' },
  ], context2()));

/** The documented shapes: a list of transports and a Fullmakt, each holding an attachment with `uuid` (or none). */
const medHoldere = (uuid?: string) => (b: Begjaering) => {
  const vedlegg = (type: string, filnavn: string) => (uuid === undefined ? { type, filnavn } : { type, filnavn, uuid });
  b.kravTilInnkreving![0]!.transporterklaering = [
    { dato: '2024-03-01', transportertFra: { verdi: '313182495' }, beloep: { beloep: 100, valuta: 'NOK' }, transporterklaering: vedlegg('transporterklæring', 'transport.pdf') },
  ];
  const fullmektig = b.saksoeker![0]!.saksoekersProsessfullmektig ?? b.saksoeker![0]!.prosessfullmektig!;
  fullmektig.fullmakt = { fraDato: '2024-01-01', fullmakt: vedlegg('fullmakt', 'fullmakt.pdf') };
};
const mangler = (prosessfullmektig: string) => [
  { melding: "Vedlegg 'fullmakt.pdf' mangler uuid", sti: `/saksoeker/0/${prosessfullmektig}/fullmakt/fullmakt/uuid` },
  { melding: "Vedlegg 'transport.pdf' mangler uuid", sti: '/kravTilInnkreving/0/transporterklaering/0/transporterklaering/uuid' },
];

t.test('a list of transports and a Fullmakt are no attachments without uuid: their attachments are read, at both versions', async (t) => {
  expectNone(t, rule, edited2('enkel', medHoldere('ikke-lastet-opp')), context2());
  expectNone(t, rule, edited('enkel', medHoldere('ikke-lastet-opp')));
  expectViolations(t, rule, edited2('enkel', medHoldere()), mangler('saksoekersProsessfullmektig'), context2());
  expectViolations(t, rule, edited('enkel', medHoldere()), mangler('prosessfullmektig'));
});
t.test('a transport or a Fullmakt that holds no attachment references none', async (t) =>
  expectNone(t, rule, edited2('enkel', (b) => {
    b.kravTilInnkreving![0]!.transporterklaering = [{ dato: '2024-03-01', transportertFra: { verdi: '313182495' } }];
    b.saksoeker![0]!.saksoekersProsessfullmektig!.fullmakt = { fraDato: '2024-01-01', tilDato: '2025-01-01' };
  }), context2()));
