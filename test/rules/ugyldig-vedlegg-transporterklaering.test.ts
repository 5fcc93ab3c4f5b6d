/** UGYLDIG_VEDLEGG_TRANSPORTERKLÆRING: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import type { Transport } from '../../rules/lib/model.js';
import rule from '../../rules/ugyldig-vedlegg-transporterklaering.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

const withTransport = (type: string) =>
  edited('enkel', (b) => { b.kravTilInnkreving![0]!.transporterklaering = { type, filnavn: 'transport.pdf', uuid: 'ikke-lastet-opp' }; });

t.test('no transporterklæring passes', async (t) => expectNone(t, rule, example('enkel')));
t.test('a declared transporterklæring passes', async (t) => expectNone(t, rule, withTransport('transporterklæring')));
t.test('a transporterklæring declared as fullmakt', async (t) =>
  expectViolations(t, rule, withTransport('fullmakt'), [
    { melding: 'Vedlegg for transporterklæring med filnavn transport.pdf må være av type transporterklæring', sti: '/kravTilInnkreving/0/transporterklaering/type' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});

/** A list of transports as documented (the beta model's shape), the attachment (not uploaded) declared as `type`. */
const transporter = (type: string): Transport[] => [
  {
    dato: '2024-03-01',
    transportertFra: { identifikatortype: 'taxIdentificationNumber', verdi: '313182495', landkode: 'NO' },
    beloep: { beloep: 12469.14, valuta: 'NOK' },
    transporterklaering: { type, filnavn: 'transport.pdf', uuid: 'ikke-lastet-opp' },
  },
];
const MELDING = 'Vedlegg for transporterklæring med filnavn transport.pdf må være av type transporterklæring';

t.test('/v2: a list of transports with a transporterklæring passes; a transport without its attachment is none of the wrong type', async (t) => {
  expectNone(t, rule, edited2('enkel', (b) => { b.kravTilInnkreving![0]!.transporterklaering = transporter('transporterklæring'); }), context2());
  expectNone(t, rule, edited2('enkel', (b) => { b.kravTilInnkreving![0]!.transporterklaering = [{ dato: '2024-03-01' }]; }), context2());
});
t.test('/v2: a transport whose attachment is declared as fullmakt', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { b.kravTilInnkreving![5]!.transporterklaering = transporter('fullmakt'); }), [
    { melding: MELDING, sti: '/kravTilInnkreving/5/transporterklaering/0/transporterklaering/type' },
  ], context2()));
t.test('/v1 reads the list of transports too', async (t) => {
  expectNone(t, rule, edited('enkel', (b) => { b.kravTilInnkreving![0]!.transporterklaering = transporter('transporterklæring'); }));
  expectViolations(t, rule, edited('enkel', (b) => { b.kravTilInnkreving![0]!.transporterklaering = transporter('fullmakt'); }), [
    { melding: MELDING, sti: '/kravTilInnkreving/0/transporterklaering/0/transporterklaering/type' },
  ]);
});
