/** POST /maskinporten/token: the JWT-bearer grant checked as the real Maskinporten does (domain.md §3.3). */
import t, { type Test } from 'tap';
import { randomUUID } from 'node:crypto';
import { base64url, SignJWT } from 'jose';
import { certificateIdentity, orgnrFromSubject } from '../../server/auth/certificate.js';
import {
  certificate,
  FORM,
  grantClaims,
  hasOpenssl,
  keyPair,
  now,
  ORG,
  OTHER_ORG,
  payloadOf,
  postGrant,
  probe,
  probeApp,
  registeredClient,
  sign,
  GRANT_TYPE,
  type KeyPair,
} from './kit.js';

const CLIENT = 'klient-1';
const NO_OPENSSL = 'openssl is not installed: cannot make a test certificate';

t.test('grants', async (t) => {
  const app = await probeApp({ issuerAliases: ['http://utleggsbegjaering-sandbox:8080'] });
  t.teardown(() => app.close());
  const key = await registeredClient(app, CLIENT);
  const grant = (overrides: Record<string, unknown> = {}, header: Record<string, unknown> = {}, signer: KeyPair = key) =>
    sign(grantClaims(app, CLIENT, overrides), signer.privateKey, { alg: 'RS256', kid: signer.kid, ...header });

  const refused = async (t: Test, name: string, assertion: string, error: string, status = 400, description?: RegExp) => {
    const res = await postGrant(app, assertion);
    t.equal(res.statusCode, status, `${name}: ${status}`);
    t.equal(res.json().error, error, `${name}: ${error}`);
    t.type(res.json().error_description, 'string', `${name}: has error_description`);
    if (description) t.match(res.json().error_description, description, `${name}: says why`);
  };

  t.test('a kid-registered client gets a token with the real claim layout', async (t) => {
    const res = await postGrant(app, await grant());
    t.equal(res.statusCode, 200);
    t.equal(res.headers['cache-control'], 'no-store');
    const body = res.json();
    t.same(Object.keys(body).sort(), ['access_token', 'expires_in', 'scope', 'token_type']);
    t.match(body, { token_type: 'Bearer', expires_in: 120, scope: 'skatteetaten:utleggsbegjaering' });
    const claims = payloadOf(body.access_token);
    t.same(Object.keys(claims).sort(), ['aud', 'client_amr', 'client_id', 'consumer', 'exp', 'iat', 'iss', 'jti', 'scope', 'token_type']);
    t.match(claims, {
      aud: 'unspecified',
      iss: app.issuer.url,
      client_amr: 'private_key_jwt',
      client_id: CLIENT,
      token_type: 'Bearer',
      consumer: { authority: 'iso6523-actorid-upis', ID: `0192:${ORG}` },
    });
    t.equal((claims.exp as number) - (claims.iat as number), 120);
    t.match(JSON.parse(Buffer.from(body.access_token.split('.')[0], 'base64url').toString()), { alg: 'RS256', kid: String });
    t.match((await probe(app, body.access_token)).json(), { orgnr: ORG, clientId: CLIENT });
  });

  t.test('RS384 and RS512 grants', async (t) => {
    for (const alg of ['RS384', 'RS512']) {
      const pair = await registeredClient(app, `klient-${alg}`, ORG, undefined, await keyPair(alg));
      const assertion = await sign(grantClaims(app, `klient-${alg}`), pair.privateKey, { alg, kid: pair.kid });
      t.equal((await postGrant(app, assertion)).statusCode, 200, alg);
    }
  });

  t.test('audience', async (t) => {
    await refused(t, 'real Maskinporten as aud', await grant({ aud: 'https://maskinporten.no/' }), 'invalid_grant');
    await refused(t, 'token endpoint as aud', await grant({ aud: `${app.issuer.url}token` }), 'invalid_grant', 400, /token endpoint/);
    await refused(t, 'issuer without trailing slash', await grant({ aud: app.issuer.url.slice(0, -1) }), 'invalid_grant');
    await refused(t, 'no aud', await grant({ aud: undefined }), 'invalid_grant');
    const alias = 'http://utleggsbegjaering-sandbox:8080/maskinporten/';
    const res = await postGrant(app, await grant({ aud: alias }));
    t.equal(res.statusCode, 200, 'an issuer alias is a valid aud');
    t.equal(payloadOf(res.json().access_token).iss, alias, 'the token names the issuer the grant was addressed to');
    t.equal((await probe(app, res.json().access_token)).statusCode, 200);
    const viaAlias = await app.inject({ url: '/maskinporten/.well-known/oauth-authorization-server', headers: { host: 'utleggsbegjaering-sandbox:8080' } });
    t.match(viaAlias.json(), { issuer: alias, token_endpoint: `${alias}token`, jwks_uri: `${alias}jwks` }, 'metadata for the host the client used');
  });

  t.test('times: iat ±10 s, exp − iat ≤ 120 s, not expired', async (t) => {
    await refused(t, 'exp − iat = 121', await grant({ exp: now() + 121 }), 'invalid_grant', 400, /120/);
    await refused(t, 'iat 30 s ago', await grant({ iat: now() - 30, exp: now() + 60 }), 'invalid_grant', 400, /iat/);
    await refused(t, 'iat 30 s ahead', await grant({ iat: now() + 30, exp: now() + 60 }), 'invalid_grant', 400, /iat/);
    await refused(t, 'expired', await grant({ iat: now() - 8, exp: now() - 1 }), 'invalid_grant', 400, /expired/);
    await refused(t, 'no exp', await grant({ exp: undefined }), 'invalid_grant');
    await refused(t, 'nbf ahead', await grant({ nbf: now() + 60 }), 'invalid_grant');
    t.equal((await postGrant(app, await grant({ iat: now() - 8, exp: now() + 100 }))).statusCode, 200, 'iat 8 s ago is fine');
  });

  t.test('jti is never reused', async (t) => {
    const assertion = await grant();
    t.equal((await postGrant(app, assertion)).statusCode, 200);
    await refused(t, 'replayed assertion', assertion, 'invalid_grant', 400, /jti/);
    const jti = randomUUID();
    t.equal((await postGrant(app, await grant({ jti }))).statusCode, 200);
    await refused(t, 'new grant, used jti', await grant({ jti }), 'invalid_grant', 400, /jti/);
  });

  t.test('keys and signatures', async (t) => {
    const stranger = await keyPair();
    await refused(t, 'unregistered kid', await grant({}, { kid: 'no-such-kid' }), 'invalid_client', 401);
    await refused(t, 'unknown client', await sign(grantClaims(app, 'no-such-client'), key.privateKey, { alg: 'RS256', kid: key.kid }), 'invalid_client', 401);
    await refused(t, 'bad signature (other key, registered kid)', await grant({}, { kid: key.kid }, stranger), 'invalid_grant', 400, /signature/);
    const [h, , s] = (await grant()).split('.');
    const tampered = base64url.encode(JSON.stringify(grantClaims(app, CLIENT, { scope: 'skatteetaten:annet' })));
    await refused(t, 'tampered payload', `${h}.${tampered}.${s}`, 'invalid_grant');
    await refused(t, 'neither kid nor x5c', await grant({}, { kid: undefined }), 'invalid_grant', 400, /x5c or kid/);
    await refused(t, 'jwk header', await grant({}, { jwk: stranger.publicJwk }, stranger), 'invalid_grant');
    const hs = await new SignJWT(grantClaims(app, CLIENT)).setProtectedHeader({ alg: 'HS256', kid: key.kid }).sign(new TextEncoder().encode(JSON.stringify(key.publicJwk)));
    await refused(t, 'HS256 with the public JWK', hs, 'invalid_grant');
    const none = `${base64url.encode(JSON.stringify({ alg: 'none', kid: key.kid }))}.${base64url.encode(JSON.stringify(grantClaims(app, CLIENT)))}.`;
    await refused(t, 'alg none', none, 'invalid_grant');
    await refused(t, 'not a JWT', 'abc.def', 'invalid_grant');
    await refused(t, 'no iss', await grant({ iss: undefined }), 'invalid_grant');
  });

  t.test('claims outside the documentation are refused', async (t) => {
    await refused(t, 'unknown claim', await grant({ foo: 'bar' }), 'invalid_grant', 400, /Invalid assertion.*foo/);
    await refused(t, 'sub', await grant({ sub: CLIENT }), 'invalid_grant', 400, /sub/);
    const documented = { resource: ['https://api.example/'], pid: '08907395937', nbf: now() };
    const res = await postGrant(app, await grant(documented));
    t.equal(res.statusCode, 200, 'documented optional claims are accepted');
    t.same(payloadOf(res.json().access_token).aud, ['https://api.example/'], 'resource gives an audience-restricted token');
  });

  t.test('scope', async (t) => {
    await refused(t, 'no scope', await grant({ scope: undefined }), 'invalid_scope');
    await refused(t, 'blank scope', await grant({ scope: '  ' }), 'invalid_scope');
    const limited = await registeredClient(app, 'klient-begrenset', ORG, ['skatteetaten:utleggsbegjaering']);
    const limitedGrant = (scope: string) => sign(grantClaims(app, 'klient-begrenset', { scope }), limited.privateKey, { alg: 'RS256', kid: limited.kid });
    await refused(t, 'scope not allowed for the client', await limitedGrant('skatteetaten:utleggsbegjaering difi:annet'), 'invalid_scope', 400, /difi:annet/);
    t.equal((await postGrant(app, await limitedGrant('skatteetaten:utleggsbegjaering'))).statusCode, 200, 'allowed scope');
    const several = await postGrant(app, await grant({ scope: 'difi:test  skatteetaten:utleggsbegjaering' }));
    t.equal(several.json().scope, 'difi:test skatteetaten:utleggsbegjaering', 'whitespace-separated scopes');
  });

  t.test('system user (Alternativ 2)', async (t) => {
    for (const idKey of ['ID', 'id']) {
      const details = [{ type: 'urn:altinn:systemuser', systemuser_org: { authority: 'iso6523-actorid-upis', [idKey]: `0192:${OTHER_ORG}` } }];
      const res = await postGrant(app, await grant({ authorization_details: details }));
      t.equal(res.statusCode, 200, `systemuser_org.${idKey}`);
      const claims = payloadOf(res.json().access_token);
      t.match(claims, {
        consumer: { ID: `0192:${ORG}` },
        authorization_details: [
          {
            type: 'urn:altinn:systemuser',
            systemuser_org: { authority: 'iso6523-actorid-upis', ID: `0192:${OTHER_ORG}` },
            systemuser_id: [/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/],
            system_id: String,
          },
        ],
      });
      t.match((await probe(app, res.json().access_token)).json(), { orgnr: OTHER_ORG, consumerOrgnr: ORG, systembrukerOrgnr: OTHER_ORG });
    }
    const bad = [{ type: 'urn:altinn:systemuser', systemuser_org: { authority: 'iso6523-actorid-upis', ID: OTHER_ORG } }];
    await refused(t, 'systemuser_org.ID without 0192:', await grant({ authorization_details: bad }), 'invalid_grant');
    await refused(t, 'other authorization_details type', await grant({ authorization_details: [{ type: 'urn:other' }] }), 'invalid_grant');
  });

  t.test('delegation (consumer_org)', async (t) => {
    const res = await postGrant(app, await grant({ consumer_org: OTHER_ORG }));
    t.equal(res.statusCode, 200);
    t.match(payloadOf(res.json().access_token), { consumer: { ID: `0192:${OTHER_ORG}` }, supplier: { authority: 'iso6523-actorid-upis', ID: `0192:${ORG}` } });
    t.match((await probe(app, res.json().access_token)).json(), { orgnr: OTHER_ORG, supplierOrgnr: ORG });
    await refused(t, 'consumer_org malformed', await grant({ consumer_org: '0192:311758489' }), 'invalid_grant');
    await refused(t, 'consumer_org with iss_onbehalfof', await grant({ consumer_org: OTHER_ORG, iss_onbehalfof: 'x' }), 'invalid_grant');
  });

  t.test('the request itself', async (t) => {
    const form = (body: string) => app.inject({ method: 'POST', url: '/maskinporten/token', headers: FORM, payload: body });
    const assertion = await grant();
    t.match((await postGrant(app, assertion, 'client_credentials')).json(), { error: 'unsupported_grant_type' });
    t.match((await form(`assertion=${assertion}`)).json(), { error: 'invalid_request' }, 'no grant_type');
    t.match((await form(`grant_type=${encodeURIComponent(GRANT_TYPE)}`)).json(), { error: 'invalid_request' }, 'no assertion');
    const twice = await form(`grant_type=${encodeURIComponent(GRANT_TYPE)}&assertion=${assertion}&assertion=${assertion}`);
    t.match(twice.json(), { error: 'invalid_request' }, 'repeated parameter');
    const oversized = await postGrant(app, await grant({ pid: 'x'.repeat(17 * 1024) }));
    t.equal(oversized.statusCode, 400);
    t.match(oversized.json(), { error: 'invalid_request', error_description: /16384/ }, 'assertion over 16 KB');
    const huge = await form(`grant_type=${encodeURIComponent(GRANT_TYPE)}&assertion=${'x'.repeat(100 * 1024)}`);
    t.match([huge.statusCode, huge.json().error], [400, 'invalid_request'], 'body over the form limit');
    const json = await app.inject({ method: 'POST', url: '/maskinporten/token', payload: { grant_type: GRANT_TYPE, assertion } });
    t.match([json.statusCode, json.json().error], [400, 'invalid_request'], 'JSON instead of a form');
  });

  t.test('x5c: a self-signed business certificate', { skip: hasOpenssl() ? false : NO_OPENSSL }, async (t) => {
    for (const subject of [`/CN=test/O=Test/organizationIdentifier=NTRNO-${OTHER_ORG}`, `/CN=test/O=Test/serialNumber=${OTHER_ORG}`]) {
      const cert = certificate(subject)!;
      const assertion = await sign(grantClaims(app, `sertifikat-${randomUUID()}`), cert.privateKey, { alg: 'RS256', x5c: cert.x5c });
      const res = await postGrant(app, assertion);
      t.equal(res.statusCode, 200, subject);
      t.match(payloadOf(res.json().access_token), { client_amr: 'virksomhetssertifikat', consumer: { ID: `0192:${OTHER_ORG}` } });
    }
    const cert = certificate(`/CN=test/O=Test/serialNumber=${OTHER_ORG}`)!;
    const asClient = await sign(grantClaims(app, CLIENT), cert.privateKey, { alg: 'RS256', x5c: cert.x5c });
    await refused(t, "a registered client's certificate must be its organisation's", asClient, 'invalid_client', 401);
    const other = certificate(`/CN=test/O=Test/serialNumber=${OTHER_ORG}`)!;
    const wrongKey = await sign(grantClaims(app, 'sertifikat-x'), other.privateKey, { alg: 'RS256', x5c: cert.x5c });
    await refused(t, 'signed by another key than the certificate', wrongKey, 'invalid_grant');
    const noOrg = certificate('/CN=test/O=Test')!;
    await refused(t, 'no organisation number', await sign(grantClaims(app, 'sertifikat-y'), noOrg.privateKey, { alg: 'RS256', x5c: noOrg.x5c }), 'invalid_grant', 400, /organisation number/);
    await refused(t, 'x5c not a certificate', await sign(grantClaims(app, 'sertifikat-z'), cert.privateKey, { alg: 'RS256', x5c: ['AAAA'] }), 'invalid_grant');
  });
});

t.test('certificate checks', { skip: hasOpenssl() ? false : NO_OPENSSL }, async (t) => {
  const cert = certificate(`/CN=test/serialNumber=${ORG}`)!;
  t.equal(certificateIdentity(cert.x5c).orgnr, ORG);
  t.throws(() => certificateIdentity(cert.x5c, new Date(Date.now() + 3 * 86_400_000)), /not valid now/, 'expired certificate');
  t.throws(() => certificateIdentity(cert.x5c, new Date(Date.now() - 86_400_000)), /not valid now/, 'not yet valid certificate');
  const other = certificate(`/CN=ca/serialNumber=${OTHER_ORG}`)!;
  t.throws(() => certificateIdentity([...cert.x5c, ...other.x5c]), /not issued by/, 'a chain must link');
});

t.test('organisation number in a certificate subject', async (t) => {
  t.equal(orgnrFromSubject('CN=x\nO=y\norganizationIdentifier=NTRNO-312597772'), '312597772');
  t.equal(orgnrFromSubject('CN=x\nserialNumber=312597772'), '312597772');
  t.equal(orgnrFromSubject('CN=x\n2.5.4.97=NTRNO-312597772'), '312597772');
  t.equal(orgnrFromSubject('CN=312597772\nO=y'), undefined, 'only the documented attributes');
  t.equal(orgnrFromSubject('serialNumber=31259777'), undefined, '8 digits');
});
