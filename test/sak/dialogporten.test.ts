/** Events name their case and carry the Dialogporten form of themselves (server/sak/dialogporten.ts). */
import t from 'tap';
import { RESSURS, dialogId } from '../../server/sak/dialogporten.js';
import { API, API_V2, tokenFor } from '../helpers.js';
import { lastOppVedlegg, ventTilKonvertert } from '../vedlegg-fixture.js';
import { ANNEN_ORG, ORG, alleHendelser, auth, nySak, sakApp, settStatus, type Json } from './kit.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

t.test('every event of a case names it and carries its Dialogporten form', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const [a, b] = [await nySak(app, token), await nySak(app, token)];
  await settStatus(app, token, a.ref, { saksstatus: 'sakUnderBehandling' });
  await app.inject({ method: 'POST', url: `/sandbox/saker/${a.ref}/retting`, headers: auth(token), payload: { melding: 'Mangler fullmakt' } });
  await settStatus(app, token, a.ref, { saksstatus: 'sakBesluttet', beslutning: 'utleggstrekk' });

  const alle = await alleHendelser(app, token);
  const egne = alle.filter((h) => h.eksternSaksreferanse === a.ref);
  t.same(egne.map((h) => [h.type, h.data.saksstatus, h.dialogporten.type]), [
    ['saksstatusEndret', 'sakOpprettet', 'dialogporten.dialog.created.v1'],
    ['saksstatusEndret', 'sakUnderBehandling', 'dialogporten.dialog.updated.v1'],
    ['rettingForespurt', 'sakUnderBehandling', 'dialogporten.dialog.transmission.created.v1'],
    ['saksstatusEndret', 'sakForelagt', 'dialogporten.dialog.updated.v1'],
    ['saksstatusEndret', 'sakBesluttet', 'dialogporten.dialog.transmission.created.v1'],
  ], 'a new dialog, its updates, and the messages from Skatteetaten (retting, the decision) as transmissions');
  for (const h of egne) {
    t.same(h.dialogporten, {
      specversion: '1.0',
      id: h.hendelseId,
      type: h.dialogporten.type,
      time: h.tidspunkt,
      resource: 'urn:altinn:resource:ske-utleggsbegjaering',
      resourceinstance: dialogId(a.ref),
      subject: `urn:altinn:organization:identifier-no:${ORG}`,
    }, `${h.type} ${h.sekvensnummer}`);
  }
  t.equal(RESSURS, 'urn:altinn:resource:ske-utleggsbegjaering');
  t.match(dialogId(a.ref), UUID);
  t.not(dialogId(a.ref), a.ref, 'the dialog has its own id');
  t.not(dialogId(a.ref), dialogId(b.ref), 'one dialog per case');
  const besluttet = egne.at(-1)!;
  t.equal(besluttet.data.alminneligNamsmannsReferanse, besluttet.data.namsmannensReferanse, 'the reference under the status\'s name, the old one kept');
  t.match(besluttet.data, { forrigeSaksstatus: 'sakForelagt', beslutning: { type: 'utleggstrekk' }, behandledeInnsendinger: [] }, 'the existing fields stay');

  const retting = await app.inject({ method: 'POST', url: `/sandbox/saker/${b.ref}/retting`, headers: auth(token), payload: { melding: 'x' } });
  t.match(retting.json(), { eksternSaksreferanse: b.ref, dialogporten: { type: 'dialogporten.dialog.transmission.created.v1', resourceinstance: dialogId(b.ref) } }, 'as published, so read back');
  t.same((await alleHendelser(app, token)).at(-1), retting.json());
});

t.test('an attachment\'s event names the case uploaded for, once there is one', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const { begjaering } = await nySak(app, token);
  const foer = (await alleHendelser(app, token)).filter((h) => h.type === 'vedleggStatusEndret');
  t.ok(foer.length > 0);
  for (const h of foer) {
    t.same([h.eksternSaksreferanse, h.dialogporten], [undefined, undefined], 'uploaded before the case: no case, no dialog');
    t.same(h.data, { status: 'konvertert', innsenderReferanse: begjaering.innsenderReferanse }, 'the reference it was uploaded with');
  }

  // A second case with the same innsenderReferanse (another begjæringsdato): the newer one is named.
  const igjen = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering`, headers: auth(token), payload: { ...begjaering, begjaeringsdato: '2024-02-03' } });
  t.equal(igjen.statusCode, 201, igjen.body);
  const nyeste = igjen.json().eksternSaksreferanse as string;
  const ettersendt = (await lastOppVedlegg(app, token, { type: 'fullmakt', innsenderReferanse: begjaering.innsenderReferanse }, undefined, API_V2)).json() as Json;
  await ventTilKonvertert(app, token, [ettersendt.uuid]);
  const eldre = foer[0]!.vedleggUuid;
  await app.inject({ method: 'POST', url: `/sandbox/vedlegg/${eldre}/status`, headers: auth(token), payload: { status: 'kassert' } });
  const etter = (await alleHendelser(app, token)).filter((h) => h.type === 'vedleggStatusEndret').slice(foer.length);
  t.same(etter.map((h) => [h.vedleggUuid, h.data.status, h.eksternSaksreferanse, h.dialogporten.type, h.dialogporten.resourceinstance]), [
    [ettersendt.uuid, 'konvertert', nyeste, 'dialogporten.dialog.updated.v1', dialogId(nyeste)],
    [eldre, 'kassert', nyeste, 'dialogporten.dialog.updated.v1', dialogId(nyeste)],
  ], 'an upload for the case, and a change to one of its attachments');

  const fremmed = await tokenFor(app, ANNEN_ORG);
  const hos = (await lastOppVedlegg(app, fremmed, { type: 'annet', innsenderReferanse: begjaering.innsenderReferanse })).json() as Json;
  await ventTilKonvertert(app, fremmed, [hos.uuid]);
  t.notOk('eksternSaksreferanse' in (await alleHendelser(app, fremmed)).at(-1)!, 'another organisation\'s cases with the same reference are not its');
});
