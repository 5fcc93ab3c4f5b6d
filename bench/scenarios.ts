/**
 * Request builders for the bench (pure, so test/bench/smoke.test.ts can check them against the app): submission
 * bodies that never repeat, a begjæring with any number of krav, Maskinporten grants signed on the spot, and a
 * multipart upload of a given size.
 */
import { createPrivateKey, generateKeyPairSync, randomUUID, sign, type JsonWebKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../server/paths.js';
import type { Begjaering, Krav } from '../rules/lib/model.js';
import type { Modellversjon } from '../rules/lib/modell.js';
import { lesEksempel } from '../server/eksempler.js';

/** The innsender of the official examples; tokens for the bench are minted for it. */
export const INNSENDER = '312597772';
export const API_SCOPE = 'skatteetaten:utleggsbegjaering';
export const GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
/** The headers the published specification requires on every API call: the bench is a conforming client. */
export const KALLHODER = { klientid: 'sandbox-bench/1.0', korrelasjonsid: randomUUID(), meldingsid: randomUUID() };

/** An example begjæring: the official one of model 0.9 (/v1), or (`'2.0'`) the one of model 2.0 (/v2). */
export function example(name: 'enkel' | 'kompleks', modell: Modellversjon = '0.9'): Begjaering {
  return lesEksempel(name, modell) as Begjaering;
}

export const PDF = { navn: 'tvangsgrunnlag.pdf', innhold: readFileSync(join(ROOT, 'test/fixtures/files/tvangsgrunnlag.pdf')), contentType: 'application/pdf' };

/** A copy with another innsenderReferanse (attachments must then be uploaded for it: they carry the reference). */
export function medReferanse(b: Begjaering, innsenderReferanse: string): Begjaering {
  return { ...structuredClone(b), innsenderReferanse };
}

const DAY_MS = 86_400_000;
const DATE_MARK = '\u0000begjaeringsdato\u0000';
/** YYYY-MM-DD. */
const DATE_LENGTH = 10;

/**
 * Bodies for "every request a new case". A case is unique by (begjaeringsdato, innsenderReferanse) and attachments
 * are bound to their innsenderReferanse, so body i takes template i mod n (each with its own uploaded attachments)
 * and a begjaeringsdato i div n days after the example's — distinct for every i. After, not before: under model 2.0
 * an interest period must start before the begjaeringsdato (the 2.0 example's starts two months before its date),
 * and no rule holds a begjaeringsdato to today.
 */
export class SubmissionBodies {
  /** Each template's UTF-8 bytes, written again in place for every body; the date's offset in it. */
  private readonly templates: { bytes: Buffer; at: number }[];
  private readonly start: number;
  private i = 0;

  constructor(templates: readonly Begjaering[]) {
    if (templates.length === 0) throw new Error('at least one template');
    this.start = Date.parse(`${templates[0]!.begjaeringsdato}T00:00:00Z`);
    this.templates = templates.map((t) => {
      const text = JSON.stringify({ ...t, begjaeringsdato: DATE_MARK });
      const mark = JSON.stringify(DATE_MARK);
      const at = Buffer.byteLength(text.slice(0, text.indexOf(mark))) + 1;
      return { bytes: Buffer.from(text.replace(mark, `"${'0'.repeat(DATE_LENGTH)}"`)), at };
    });
  }

  /** Bodies handed out so far. */
  get count(): number {
    return this.i;
  }

  /**
   * The next body, valid until the next call: the template's own bytes with the new date written over the last one.
   * The load generator shares the machine with the server, and a new 8 kB buffer per request kept its garbage
   * collector busy: autocannon copies the body into the request it sends at once.
   */
  next(): Buffer {
    const i = this.i++;
    const { bytes, at } = this.templates[i % this.templates.length]!;
    const dato = new Date(this.start + Math.floor(i / this.templates.length) * DAY_MS).toISOString().slice(0, DATE_LENGTH);
    bytes.write(dato, at, 'latin1');
    return bytes;
  }
}

/**
 * The example with `n` krav: its three (hovedkrav, rentekrav and costs, both related to the hovedkrav) repeated in
 * groups with their own references, every one named by the tvangsgrunnlag — a document every rule accepts.
 */
export function medKrav(b: Begjaering, n: number): Begjaering {
  const mal = b.kravTilInnkreving ?? [];
  const hoved = mal[0]?.kravreferanse ?? '';
  const ref = (r: string, gruppe: number) => (gruppe === 0 ? r : `${r}-${gruppe}`);
  const krav: Krav[] = Array.from({ length: n }, (_, i) => {
    const gruppe = Math.floor(i / mal.length);
    const k = structuredClone(mal[i % mal.length]!);
    k.kravreferanse = ref(k.kravreferanse ?? '', gruppe);
    if (k.relatertKrav) k.relatertKrav = k.relatertKrav.map((r) => (r === hoved ? ref(r, gruppe) : r));
    return k;
  });
  const copy = structuredClone(b);
  copy.kravTilInnkreving = krav;
  const [tg] = copy.begjaeringensTvangsgrunnlag ?? [];
  if (tg) tg.innsendersKravreferanse = krav.map((k) => k.kravreferanse!);
  return copy;
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export interface GrantClient {
  clientId: string;
  kid: string;
  privateKey: KeyObject;
  /** The public key as a JWK, for POST /sandbox/klienter. */
  publicJwk: JsonWebKey;
}

export function grantClient(clientId = `bench-${randomUUID()}`): GrantClient {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = `bench-${randomUUID()}`;
  return { clientId, kid, privateKey: createPrivateKey(privateKey.export({ format: 'pem', type: 'pkcs8' })), publicJwk: { ...publicKey.export({ format: 'jwk' }), kid } };
}

/**
 * A token-request body with a freshly signed JWT-bearer grant (new jti, iat now). Signed synchronously with
 * node:crypto (RS256), because autocannon's setupRequest cannot wait for jose's asynchronous signing.
 */
export function grantBody(client: GrantClient, audience: string): string {
  const iat = Math.floor(Date.now() / 1000);
  const input = `${b64url({ alg: 'RS256', kid: client.kid })}.${b64url({ aud: audience, iss: client.clientId, iat, exp: iat + 120, jti: randomUUID(), scope: API_SCOPE })}`;
  const assertion = `${input}.${sign('sha256', Buffer.from(input), client.privateKey).toString('base64url')}`;
  return new URLSearchParams({ grant_type: GRANT_TYPE, assertion }).toString();
}

/** A multipart/form-data POST /vedlegg body: a PDF padded with a trailing comment to `bytes`. */
export function uploadBody(bytes: number, innsenderReferanse: string): { body: Buffer; contentType: string } {
  const boundary = `----bench${randomUUID().replace(/-/g, '')}`;
  const pad = Math.max(0, bytes - PDF.innhold.length - 3);
  const fil = Buffer.concat([PDF.innhold, Buffer.from(`\n%${'x'.repeat(pad)}\n`)]);
  const felt = { type: 'tvangsgrunnlag', innsenderReferanse, filnavn: 'stort-tvangsgrunnlag.pdf' };
  const head = Object.entries(felt).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join('');
  const body = Buffer.concat([
    Buffer.from(`${head}--${boundary}\r\nContent-Disposition: form-data; name="fil"; filename="${felt.filnavn}"\r\nContent-Type: application/pdf\r\n\r\n`),
    fil,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}
