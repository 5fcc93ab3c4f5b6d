/**
 * The client key cache cannot be poisoned across clients: org B registers a client whose id and kid are crafted so
 * that `${clientId} ${kid}` equals org A's entry ('a' + 'x y' and 'a x' + 'y'), then signs a grant as A's client.
 */
import t from 'tap';
import { grantClaims, keyPair, ORG, OTHER_ORG, payloadOf, postGrant, registeredClient, sign, probeApp, type KeyPair } from './kit.js';

const A_CLIENT = 'klient';
const A_KID = 'nokkel 1';
const B_CLIENT = 'klient nokkel';
const B_KID = '1';

const grant = (app: Awaited<ReturnType<typeof probeApp>>, clientId: string, key: KeyPair, kid = key.kid) =>
  sign(grantClaims(app, clientId), key.privateKey, { alg: 'RS256', kid });

t.test("a client id and kid crafted to collide with another organisation's cached key", async (t) => {
  const app = await probeApp();
  t.teardown(() => app.close());
  const aKey = await registeredClient(app, A_CLIENT, ORG, undefined, await keyPair('RS256', A_KID));
  t.equal((await postGrant(app, await grant(app, A_CLIENT, aKey))).statusCode, 200, "A's own grant: A's key is now cached");

  const bKey = await registeredClient(app, B_CLIENT, OTHER_ORG, undefined, await keyPair('RS256', B_KID));
  const own = await postGrant(app, await grant(app, B_CLIENT, bKey));
  t.equal(own.statusCode, 200, "B's own grant is accepted (and caches B's key)");
  t.match(payloadOf(own.json().access_token), { client_id: B_CLIENT, consumer: { ID: `0192:${OTHER_ORG}` } });

  // B signs as A's client, naming A's kid, with B's own private key.
  const forged = await postGrant(app, await grant(app, A_CLIENT, bKey, A_KID));
  t.equal(forged.statusCode, 400, 'refused');
  t.match(forged.json(), { error: 'invalid_grant', error_description: /signature/i }, "B's key does not verify as A's client");
  t.equal(forged.json().access_token, undefined, 'no token');

  // The token B does get lists only B's client; A's client still works with A's key, and only with it.
  const list = await app.inject({ method: 'GET', url: '/sandbox/klienter', headers: { authorization: `Bearer ${own.json().access_token}` } });
  t.same(list.json().klienter.map((k: { clientId: string }) => k.clientId), [B_CLIENT], "B's token lists only B's client");
  t.equal((await postGrant(app, await grant(app, A_CLIENT, aKey))).statusCode, 200, "A's own grant still verifies with A's key");
  t.equal((await postGrant(app, await grant(app, B_CLIENT, aKey, B_KID))).statusCode, 400, "and A's key is not B's either");
});

t.test("re-registering a key replaces only that client's cached key", async (t) => {
  const app = await probeApp();
  t.teardown(() => app.close());
  const old = await registeredClient(app, A_CLIENT, ORG, undefined, await keyPair('RS256', A_KID));
  t.equal((await postGrant(app, await grant(app, A_CLIENT, old))).statusCode, 200);
  const fresh = await registeredClient(app, A_CLIENT, ORG, undefined, await keyPair('RS256', A_KID));
  t.equal((await postGrant(app, await grant(app, A_CLIENT, old))).statusCode, 400, 'the replaced key no longer verifies');
  t.equal((await postGrant(app, await grant(app, A_CLIENT, fresh))).statusCode, 200, 'the new one does');
});
