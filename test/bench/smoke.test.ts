/** The bench's request builders produce requests the app accepts (a smoke test: nothing here is timed). */
import t from 'tap';
import { API, testApp, tokenFor } from '../helpers.js';
import { API_VERSJONER } from '../../server/api.js';
import { lastOppVedleggFor } from '../vedlegg-fixture.js';
import { sammen, type Load } from '../../bench/load.js';
import { example, grantBody, grantClient, INNSENDER, KALLHODER, medKrav, medReferanse, SubmissionBodies, uploadBody } from '../../bench/scenarios.js';

for (const api of API_VERSJONER) {
  t.test(`${api.prefix}: the validation body of model ${api.modell} (204) and submission bodies, every one a new case (201)`, async (t) => {
    const app = await testApp();
    t.teardown(() => app.close());
    const token = await tokenFor(app, INNSENDER);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...KALLHODER };
    const mal = example('enkel', api.modell);
    const valider = await app.inject({ method: 'POST', url: `${api.prefix}/utleggsbegjaering/valider`, headers, payload: await lastOppVedleggFor(app, token, mal, { api: api.prefix }) });
    t.equal(valider.statusCode, 204, valider.body);
    t.equal(valider.headers.advarsel, undefined, 'every field is the model\'s');

    const templates = [];
    for (const ref of ['BenchRef-0', 'BenchRef-1']) templates.push(await lastOppVedleggFor(app, token, medReferanse(mal, ref), { api: api.prefix }));
    const bodies = new SubmissionBodies(templates);
    const seen = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const payload = bodies.next();
      const b = JSON.parse(payload.toString()) as { begjaeringsdato: string; innsenderReferanse: string };
      seen.add(`${b.begjaeringsdato}/${b.innsenderReferanse}`);
      const res = await app.inject({ method: 'POST', url: `${api.prefix}/utleggsbegjaering`, headers, payload });
      t.equal(res.statusCode, 201, res.body);
    }
    t.equal(seen.size, 6, 'no two bodies name the same case');
    t.equal(bodies.count, 6);
    // A full run submits some 100,000 bodies per version: far along, each is still a case every rule accepts.
    while (bodies.count < 20_000) bodies.next();
    const fern = await app.inject({ method: 'POST', url: `${api.prefix}/utleggsbegjaering`, headers, payload: bodies.next() });
    t.equal(fern.statusCode, 201, `body 20,001: ${fern.body}`);
    const uploads = (await app.inject({ method: 'GET', url: `/sandbox/logg?versjon=${api.versjon}&sti=${encodeURIComponent(`${api.prefix}/vedlegg`)}`, headers })).json() as unknown[];
    t.ok(uploads.length > 0, 'the attachments went through the same version');
  });
}

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

t.test('two runs of a scenario as one: throughput and mean averaged, the worse percentiles, every response counted', async (t) => {
  const run = (rps: number, p50: number, p99: number, mean: number, codes: Record<string, number>, unexpected = 0): Load => ({
    label: 'x', rps, p50, p99, mean, codes, unexpected, requests: Object.values(codes).reduce((a, b) => a + b, 0),
  });
  const samlet = sammen('samlet', run(1000, 2, 9, 3, { 201: 3000 }), run(2000, 1, 12, 1, { 201: 5000, 422: 1000 }, 1000));
  t.same(samlet, { label: 'samlet', rps: 1500, p50: 2, p99: 12, mean: (3 * 3000 + 1 * 6000) / 9000, requests: 9000, unexpected: 1000, codes: { 201: 8000, 422: 1000 } });
});
