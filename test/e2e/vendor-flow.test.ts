/**
 * What a vendor's integration does, over a real port against the compiled server (`npm start`'s entry point):
 * register a client key, get a token with a signed Maskinporten grant, upload the attachments, wait until they are
 * converted, validate and submit Skatteetaten's official example, read the case back and follow its status.
 */
import t from 'tap';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { ROOT } from '../../server/paths.js';
import { vedleggRefs } from '../../rules/lib/vedlegg-refs.js';
import { MODELL } from '../../rules/lib/modell.js';
import type { Begjaering } from '../../rules/lib/model.js';
import { startServer } from '../server-process.js';

const ORG = '312597772';
const dir = mkdtempSync(join(tmpdir(), 'sandbox-e2e-'));
const server = await startServer({ DB_PATH: join(dir, 'sandbox.db'), VEDLEGG_STEG_MS: '50', SAK_STEG_MS: '0' });
const PUBLIC_URL = `http://localhost:${new URL(server.url).port}`;
t.teardown(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});
const api = `${server.url}/api/utleggsbegjaering/v1`;

async function json(res: Response): Promise<Record<string, unknown>> {
  return (await res.json()) as Record<string, unknown>;
}

/** A Maskinporten jwt-bearer grant, signed with the client's registered key. */
async function accessToken(clientId: string, kid: string, key: CryptoKey): Promise<string> {
  const meta = await json(await fetch(`${server.url}/maskinporten/.well-known/oauth-authorization-server`));
  const now = Math.floor(Date.now() / 1000);
  const assertion = await new SignJWT({ scope: 'skatteetaten:utleggsbegjaering' })
    .setProtectedHeader({ alg: 'RS256', kid })
    .setAudience(meta.issuer as string)
    .setIssuer(clientId)
    .setIssuedAt(now)
    .setExpirationTime(now + 120)
    .setJti(randomUUID())
    .sign(key);
  const res = await fetch(meta.token_endpoint as string, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion }),
  });
  t.equal(res.status, 200, 'the token endpoint accepts the grant');
  return (await json(res)).access_token as string;
}

t.test('register a client, get a token by grant, upload, submit the official example, follow the case', async (t) => {
  const meta = await json(await fetch(`${server.url}/maskinporten/.well-known/oauth-authorization-server`));
  t.equal(meta.issuer, `${PUBLIC_URL}/maskinporten/`);

  // Register the client's public key (once, with the developer shortcut token).
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const kid = `vendor-${randomUUID()}`;
  const clientId = `vendor-client-${randomUUID()}`;
  const shortcut = await json(await fetch(`${server.url}/sandbox/token`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ orgnr: ORG }),
  }));
  const registered = await fetch(`${server.url}/sandbox/klienter`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${shortcut.access_token as string}` },
    body: JSON.stringify({ clientId, orgnr: ORG, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256' } }),
  });
  t.equal(registered.status, 201, 'client registered');

  const token = await accessToken(clientId, kid, privateKey);
  const auth = { authorization: `Bearer ${token}`, korrelasjonsid: randomUUID() };

  // Upload one real PDF per referenced attachment, with the begjæring's innsenderReferanse.
  const begjaering = JSON.parse(readFileSync(join(ROOT, 'seed/examples/begjaering-v0-enkel.json'), 'utf8')) as Begjaering;
  const pdf = readFileSync(join(ROOT, 'test/fixtures/files/tvangsgrunnlag.pdf'));
  const uploaded = new Map<string, string>();
  for (const { vedlegg } of vedleggRefs(begjaering, MODELL['0.9'])) {
    const key = `${vedlegg.uuid}/${vedlegg.type}`;
    if (!uploaded.has(key)) {
      const form = new FormData();
      form.set('type', vedlegg.type!);
      form.set('innsenderReferanse', begjaering.innsenderReferanse!);
      form.set('fil', new Blob([pdf], { type: 'application/pdf' }), `${vedlegg.filnavn}.pdf`);
      const res = await fetch(`${api}/vedlegg`, { method: 'POST', headers: auth, body: form });
      t.equal(res.status, 201, `uploaded ${vedlegg.type}`);
      uploaded.set(key, (await json(res)).uuid as string);
    }
    vedlegg.uuid = uploaded.get(key)!;
  }

  // Too early: the attachments are not yet scanned and converted.
  const early = await fetch(`${api}/utleggsbegjaering/valider`, {
    method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(begjaering),
  });
  t.equal(early.status, 422);
  t.ok(((await json(early)).kontrollutslag as { kode: string }[]).some((k) => k.kode === 'VEDLEGG_SKAL_VAERE_VIRUSSJEKKET_VALIDERT_OG_KONVERTERT'));

  // Poll until every attachment is converted (three steps of 50 ms sandbox time).
  for (const uuid of uploaded.values()) {
    let status = '';
    for (let i = 0; i < 100 && status !== 'konvertert'; i++) {
      status = (await json(await fetch(`${api}/vedlegg/${uuid}`, { headers: auth }))).status as string;
      if (status !== 'konvertert') await new Promise((r) => setTimeout(r, 50));
    }
    t.equal(status, 'konvertert', `attachment ${uuid} converted`);
  }

  const valider = await fetch(`${api}/utleggsbegjaering/valider`, {
    method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(begjaering),
  });
  t.equal(valider.status, 204, 'validation only: 204');

  const created = await fetch(`${api}/utleggsbegjaering`, {
    method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(begjaering),
  });
  t.equal(created.status, 201);
  t.equal(created.headers.get('korrelasjonsid'), auth.korrelasjonsid, 'Korrelasjonsid echoed');
  const { eksternSaksreferanse } = await json(created);
  t.equal(created.headers.get('location'), `${PUBLIC_URL}/api/utleggsbegjaering/v1/utleggsbegjaering/${eksternSaksreferanse as string}`);

  const stored = await json(await fetch(`${api}/utleggsbegjaering/${eksternSaksreferanse as string}`, { headers: auth }));
  t.equal(stored.saksstatus, 'sakOpprettet');

  const status = await fetch(`${api}/status/${eksternSaksreferanse as string}`, { headers: auth });
  t.equal(status.status, 200);
  const body = await json(status);
  t.equal(body.saksstatus, 'sakOpprettet');
  t.match(body.alminneligNamsmannsReferanse, /^UTLBGJ\/\d{4}\/\d+$/);

  const duplicate = await fetch(`${api}/utleggsbegjaering`, {
    method: 'POST', headers: { ...auth, 'content-type': 'application/json', accept: 'application/xml' }, body: JSON.stringify(begjaering),
  });
  t.equal(duplicate.status, 422);
  t.match(await duplicate.text(), /<kontrollutslag><kode>DUPLIKAT_INNSENDING<\/kode><melding>Sak med begjæringsdato 2024-02-02 og referanse InnsenderRef124 er allerede sendt inn<\/melding>/);
});
