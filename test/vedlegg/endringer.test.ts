/** The count of attachment writes and the validation thread's copies that go by it. */
import t from 'tap';
import { setImmediate as nesteTur } from 'node:timers/promises';
import { VedleggKopi, Vedleggendringer } from '../../server/vedlegg/endringer.js';
import type { VedleggInfo } from '../../rules/types.js';

const info = (status: VedleggInfo['status']): VedleggInfo => ({ uuid: 'u1', type: 'tvangsgrunnlag', filnavn: 'a.pdf', status, innsenderReferanse: 'r' });

t.test('the count moves once the synchronous code around the writes is done, once for all of them', async (t) => {
  const endringer = new Vedleggendringer();
  const annenTraad = new Vedleggendringer(endringer.buffer);
  endringer.skrevet();
  endringer.skrevet();
  t.equal(annenTraad.verdi, 0, 'not while the transaction may still be open');
  await nesteTur();
  t.equal(annenTraad.verdi, 1);
  endringer.skrevet();
  await nesteTur();
  t.equal(annenTraad.verdi, 2);
});

t.test('copies hold while the count stands still, and go when it moves', async (t) => {
  const endringer = new Vedleggendringer();
  const rader = new Map<string, VedleggInfo>([['u1', info('mottatt')]]);
  const lest: string[] = [];
  const kopi = new VedleggKopi(new Vedleggendringer(endringer.buffer), (orgnr, uuid) => {
    lest.push(uuid);
    return orgnr === '312597772' ? rader.get(uuid) : undefined;
  });
  t.equal(kopi.info('312597772', 'u1')?.status, 'mottatt');
  t.equal(kopi.info('312597772', 'u2'), undefined);
  t.equal(kopi.info('312597772', 'u1')?.status, 'mottatt');
  t.equal(kopi.info('312597772', 'u2'), undefined, 'a missing row is remembered too');
  t.equal(kopi.info('999999999', 'u1'), undefined, "another organisation's view is its own");
  t.same(lest, ['u1', 'u2', 'u1']);

  rader.set('u1', info('konvertert'));
  rader.set('u2', info('mottatt'));
  endringer.skrevet();
  t.equal(kopi.info('312597772', 'u1')?.status, 'mottatt', 'until the count moves');
  await nesteTur();
  t.equal(kopi.info('312597772', 'u1')?.status, 'konvertert');
  t.equal(kopi.info('312597772', 'u2')?.status, 'mottatt', 'the uploaded one is found');
});
