/** The bench's request builders produce requests the app accepts (a smoke test: nothing here is timed). */
import t from 'tap';
import { API, testApp, tokenFor } from '../helpers.js';
import { lastOppVedleggFor } from '../vedlegg-fixture.js';
import { example, grantBody, grantClient, INNSENDER, medKrav, medReferanse, SubmissionBodies, uploadBody } from '../../bench/scenarios.js';

t.test('submission bodies: every one a new case (201), templates cycled', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, INNSENDER);
  const templates = [];
  for (const ref of ['BenchRef-0', 'BenchRef-1']) templates.push(await lastOppVedleggFor(app, token, medReferanse(example('enkel'), ref)));
  const bodies = new SubmissionBodies(templates);
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const seen = new Set<string>();
  for (let i = 0; i < 6; i++) {
    const payload = bodies.next();
    const b = JSON.parse(payload.toString()) as { begjaeringsdato: string; innsenderReferanse: string };
    seen.add(`${b.begjaeringsdato}/${b.innsenderReferanse}`);
    const res = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering`, headers, payload });
    t.equal(res.statusCode, 201, res.body);
  }
  t.equal(seen.size, 6, 'no two bodies name the same case');
  t.equal(bodies.count, 6);
});

t.test('the 200-krav begjæring passes every rule', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, INNSENDER);
  const base = await lastOppVedleggFor(app, token, example('enkel'));
  for (const n of [3, 200]) {
    const begjaering = medKrav(base, n);
    t.equal(begjaering.kravTilInnkreving?.length, n);
    t.equal(new Set(begjaering.kravTilInnkreving?.map((k) => k.kravreferanse)).size, n, 'distinct kravreferanser');
    const res = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering/valider`, headers: { authorization: `Bearer ${token}` }, payload: begjaering });
    t.equal(res.statusCode, 204, `${n} krav: ${res.body}`);
  }
});

t.test('grant bodies: a registered client gets a token for each, jti never repeated', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const client = grantClient();
  const reg = await app.inject({
    method: 'POST',
    url: '/sandbox/klienter',
    headers: { authorization: `Bearer ${await tokenFor(app, INNSENDER)}` },
    payload: { clientId: client.clientId, orgnr: INNSENDER, jwk: client.publicJwk },
  });
  t.equal(reg.statusCode, 201, reg.statusCode === 201 ? 'client registered' : reg.body);
  for (let i = 0; i < 3; i++) {
    const res = await app.inject({
      method: 'POST',
      url: '/maskinporten/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: grantBody(client, app.issuer.url),
    });
    t.equal(res.statusCode, 200, res.statusCode === 200 ? 'token granted' : res.body);
    t.type(res.json().access_token, 'string');
  }
});

t.test('the 1 MB upload body is accepted', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const { body, contentType } = uploadBody(1024 * 1024, 'BenchRef');
  const res = await app.inject({
    method: 'POST',
    url: `${API}/vedlegg`,
    headers: { authorization: `Bearer ${await tokenFor(app, INNSENDER)}`, 'content-type': contentType },
    payload: body,
  });
  t.equal(res.statusCode, 201, res.body);
  t.ok(res.json().storrelse >= 1024 * 1024 - 1024, 'about 1 MB stored');
});
