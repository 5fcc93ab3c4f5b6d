/**
 * Where a webhook may lead, at registration: cloud metadata and link-local addresses in every spelling, names that
 * resolve to them, the sandbox itself, URLs over 2048 characters, and WEBHOOK_ALLOWLIST — each refused with 400
 * KB-006 and nothing stored; loopback and private receivers accepted.
 */
import t from 'tap';
import type { AddressInfo } from 'node:net';
import { WebhookPolicy, type Endepunkt } from '../../server/sak/webhook-policy.js';
import { dnsOppslag, Tillatelser, type Adresse, type Oppslag } from '../../server/sak/webhook-adresser.js';
import { testApp, tokenFor } from '../helpers.js';
import { ANNEN_ORG, ORG, auth } from './kit.js';

const ADMIN = 'admin-token-for-webhooks';
const FRIST = () => AbortSignal.timeout(2000);

/** A resolver with fixed answers for made-up names, real DNS for the rest (localhost). */
function oppslag(svar: Record<string, string[]>): Oppslag {
  return async (vert) => {
    const adresser = svar[vert];
    if (!adresser) return dnsOppslag(vert);
    return adresser.map((address): Adresse => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

const policy = (valg: { egne?: Endepunkt[]; svar?: Record<string, string[]>; tillatt?: string[] } = {}) =>
  new WebhookPolicy({
    egne: () => valg.egne ?? [],
    oppslag: oppslag(valg.svar ?? {}),
    ...(valg.tillatt && { tillatt: new Tillatelser(valg.tillatt) }),
  });

t.test('registration refuses metadata, link-local, unspecified and multicast addresses in every spelling', async (t) => {
  const app = await testApp({ sandboxAdminToken: ADMIN });
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const post = (url: string, authorization = `Bearer ${token}`) =>
    app.inject({ method: 'POST', url: '/sandbox/webhooks', headers: { authorization, 'x-orgnr': ORG }, payload: { url } });

  const urls = [
    'http://169.254.169.254/latest/meta-data/iam/security-credentials/',
    'http://169.254.169.254:80/computeMetadata/v1/',
    'http://2852039166/', // 169.254.169.254 as one number
    'http://0xa9.0xfe.0xa9.0xfe/', // in hex
    'http://0251.0376.0251.0376/', // in octal
    'http://169.254.43518/', // a.b.c with the last two bytes as one
    'https://[::ffff:169.254.169.254]/',
    'http://[::ffff:a9fe:a9fe]/',
    'http://[64:ff9b::a9fe:a9fe]/',
    'http://[fd00:ec2::254]/latest/meta-data/',
    'http://169.254.170.2/v2/credentials',
    'http://100.100.100.200/latest/meta-data/',
    'http://169.254.1.1:8080/',
    'http://[fe80::1]:8080/',
    'http://0.0.0.0:3000/',
    'http://0/',
    'http://[::]:3000/',
    'http://[::ffff:0.0.0.0]:3000/',
    'http://224.0.0.1/',
    'http://255.255.255.255/',
  ];
  for (const url of urls) {
    const res = await post(url);
    t.equal(res.statusCode, 400, url);
    t.match(res.json(), { kode: 'KB-006', melding: /webhooks kan ikke kalle den/ }, url);
  }
  const admin = await post('http://169.254.169.254/', `Bearer ${ADMIN}`);
  t.equal(admin.statusCode, 400, 'the admin token is held to the same policy');
  t.same((await app.inject({ method: 'GET', url: '/sandbox/webhooks', headers: auth(token) })).json(), [], 'nothing stored');

  for (const url of ['http://127.0.0.1:9/krok', 'http://localhost:9/krok', 'http://[::1]:9/', 'http://10.0.0.7:3000/', 'http://192.168.1.20/', 'http://172.17.0.1:8080/']) {
    t.equal((await post(url)).statusCode, 201, `${url}: loopback and private receivers are allowed`);
  }
});

t.test('a URL is at most 2048 characters (a 5000-character one is refused)', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const post = (url: string) => app.inject({ method: 'POST', url: '/sandbox/webhooks', headers: auth(token), payload: { url } });
  const base = 'http://127.0.0.1:9/';
  const lang = await post(base + 'a'.repeat(5000 - base.length));
  t.equal(lang.statusCode, 400, '5000 characters');
  t.match(lang.json(), { kode: 'KB-006', korrelasjonsid: String });
  t.equal((await post(base + 'a'.repeat(2049 - base.length))).statusCode, 400, '2049 characters');
  t.equal((await post(base + 'a'.repeat(2048 - base.length))).statusCode, 201, '2048 characters');
  const utvidet = base + 'é'.repeat(500); // 519 characters that the URL parser turns into 3019
  await t.rejects(policy().godkjenn(utvidet, FRIST()), /høyst 2048 tegn/, 'the limit holds for the URL as stored, after percent-encoding');
});

t.test("the sandbox's own origin: PUBLIC_URL, an issuer alias, the listening address", async (t) => {
  const app = await testApp({ publicUrl: 'http://localhost:8080', issuerAliases: ['http://utleggsbegjaering-sandbox:8080'] });
  t.teardown(() => app.close());
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const token = await tokenFor(app, ORG);
  const post = (url: string) => app.inject({ method: 'POST', url: '/sandbox/webhooks', headers: auth(token), payload: { url } });

  for (const url of [
    'http://localhost:8080/api/utleggsbegjaering/v1/hendelser',
    'http://127.0.0.1:8080/sandbox/reset', // localhost resolves to it
    'http://[::ffff:127.0.0.1]:8080/',
    'http://utleggsbegjaering-sandbox:8080/sandbox/reset', // by name, without resolving it
    `http://127.0.0.1:${port}/sandbox/reset`,
    `http://localhost:${port}/`,
  ]) {
    const res = await post(url);
    t.equal(res.statusCode, 400, url);
    t.match(res.json().melding, /sandboxen selv/, url);
  }
  t.equal((await post('http://localhost:8081/')).statusCode, 201, 'another port of the same host is another receiver');
});

t.test('WEBHOOK_ALLOWLIST narrows deliveries to what it lists; the refused addresses stay refused', async (t) => {
  const app = await testApp({ webhookAllowlist: ['127.0.0.1', '10.0.0.0/8', '169.254.0.0/16'] });
  t.teardown(() => app.close());
  const token = await tokenFor(app, ANNEN_ORG);
  const post = (url: string) => app.inject({ method: 'POST', url: '/sandbox/webhooks', headers: auth(token), payload: { url } });
  t.equal((await post('http://127.0.0.1:9/')).statusCode, 201);
  t.equal((await post('http://10.20.30.40/')).statusCode, 201);
  for (const url of ['http://127.0.0.2:9/', 'http://[::1]:9/', 'http://192.168.1.1/']) {
    const res = await post(url);
    t.equal(res.statusCode, 400, url);
    t.match(res.json(), { kode: 'KB-006', melding: /WEBHOOK_ALLOWLIST/ }, url);
  }
  t.match((await post('http://169.254.169.254/')).json().melding, /metadata/, 'listing a refused network does not open it');
});

t.test('the policy on resolved names: every address is checked, the first refusal wins', async (t) => {
  const p = policy({
    svar: { 'metadata.test': ['169.254.169.254'], 'blandet.test': ['127.0.0.1', 'fd00:ec2::254'], 'mottaker.test': ['127.0.0.1', '::1'], 'tom.test': [] },
  });
  await t.rejects(p.godkjenn('http://metadata.test/', FRIST()), /metadata.test er 169.254.169.254, skyens metadatatjeneste/);
  await t.rejects(p.godkjenn('http://blandet.test/', FRIST()), /fd00:ec2::254/, 'one refused address among allowed ones');
  await t.rejects(p.godkjenn('http://tom.test/', FRIST()), /ingen adresse/);
  await t.rejects(p.godkjenn('http://finnes-ikke.invalid/', FRIST()), /finnes-ikke.invalid kan ikke slås opp \(ENOTFOUND\)/);
  t.same(await p.adresser(new URL('http://mottaker.test/'), FRIST()), [{ address: '127.0.0.1', family: 4 }, { address: '::1', family: 6 }]);

  const treg: Oppslag = () => new Promise(() => {}); // a resolver that never answers
  const haster = new WebhookPolicy({ egne: () => [], oppslag: treg });
  const frist = new AbortController(); // not AbortSignal.timeout: its timer would not keep the test alive
  const timer = setTimeout(() => frist.abort(new DOMException('frist', 'TimeoutError')), 100);
  t.teardown(() => clearTimeout(timer));
  const start = Date.now();
  await t.rejects(haster.godkjenn('http://treg.test/', frist.signal), /ikke besvart innen fristen/);
  t.ok(Date.now() - start < 1000, 'a resolver that hangs is cut off at the deadline');
});

t.test('the policy on own origins: by name, by resolved address, and every local address when listening on 0.0.0.0', async (t) => {
  const p = policy({ egne: [{ vert: 'sandbox', port: 8080 }, { vert: '0.0.0.0', port: 9000 }], svar: { sandbox: ['10.0.0.5'], 'alias.test': ['10.0.0.5'] } });
  await t.rejects(p.godkjenn('http://sandbox:8080/', FRIST()), /sandboxen selv/);
  await t.rejects(p.godkjenn('http://alias.test:8080/', FRIST()), /sandboxen selv/, 'another name for the same address');
  await t.rejects(p.godkjenn('http://10.0.0.5:8080/', FRIST()), /sandboxen selv/);
  await t.rejects(p.godkjenn('http://127.0.0.5:9000/', FRIST()), /sandboxen selv/, '0.0.0.0 listens on all of 127.0.0.0/8');
  t.ok(await p.godkjenn('http://10.0.0.5:8081/', FRIST()), 'another port');
  t.ok(await p.godkjenn('http://127.0.0.5:9001/', FRIST()));
  const https = policy({ egne: [{ vert: 'sandbox.example.no', port: 443 }] });
  await t.rejects(https.godkjenn('https://SANDBOX.example.no/', FRIST()), /sandboxen selv/, 'the scheme default port, any case');
});
