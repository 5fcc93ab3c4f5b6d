/** VEDLEGG_SKAL_HA_UUID: violated and not violated. */
import t from 'tap';
import rule from '../../rules/vedlegg-skal-ha-uuid.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('references with uuid pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a reference without uuid, and one with an empty uuid', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => {
    delete b.begjaeringensTvangsgrunnlag![0]!.tvangsgrunnlag!.uuid;
    b.vedlegg![1]!.uuid = '';
  }), [
    { melding: "Vedlegg 'tvangsgrunnlag' mangler uuid", sti: '/begjaeringensTvangsgrunnlag/0/tvangsgrunnlag/uuid' },
    { melding: "Vedlegg 'tvangskraftgrunnlag' mangler uuid", sti: '/vedlegg/1/uuid' },
  ]));
