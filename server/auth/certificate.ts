/**
 * Business certificates (virksomhetssertifikat) in a grant's `x5c` header: the leaf certificate's public key verifies
 * the grant, and its subject names the organisation. Modelled: the sandbox does not require a chain to a real CA
 * (vendors test with self-signed certificates), but the certificates must be currently valid and, when a chain is
 * sent, each must be issued and signed by the next.
 */
import { X509Certificate, type KeyObject } from 'node:crypto';

export interface CertificateIdentity {
  publicKey: KeyObject;
  orgnr: string;
}

/** The problem with a certificate chain, phrased for error_description. */
export class CertificateProblem extends Error {}

const ORG_ATTRIBUTES = new Set(['serialNumber', 'organizationIdentifier', '2.5.4.5', '2.5.4.97']);
const MAX_CHAIN = 10;

/** The organisation number in a subject: `serialNumber=312597772` or `organizationIdentifier=NTRNO-312597772`. */
export function orgnrFromSubject(subject: string): string | undefined {
  for (const line of subject.split('\n')) {
    const at = line.indexOf('=');
    if (at < 0 || !ORG_ATTRIBUTES.has(line.slice(0, at).trim())) continue;
    const match = /^(?:NTRNO-)?(\d{9})$/.exec(line.slice(at + 1).trim());
    if (match) return match[1];
  }
  return undefined;
}

function parse(entry: unknown): X509Certificate {
  if (typeof entry !== 'string') throw new CertificateProblem('x5c must be an array of base64 DER certificates');
  try {
    return new X509Certificate(Buffer.from(entry, 'base64'));
  } catch {
    throw new CertificateProblem('x5c contains a certificate that cannot be parsed');
  }
}

export function certificateIdentity(x5c: unknown, now: Date = new Date()): CertificateIdentity {
  if (!Array.isArray(x5c) || x5c.length === 0 || x5c.length > MAX_CHAIN) {
    throw new CertificateProblem('x5c must be a non-empty array of base64 DER certificates');
  }
  const chain = x5c.map(parse);
  for (const cert of chain) {
    if (now < new Date(cert.validFrom) || now > new Date(cert.validTo)) {
      throw new CertificateProblem(`Certificate is not valid now (valid from ${cert.validFrom} to ${cert.validTo})`);
    }
  }
  for (let i = 0; i + 1 < chain.length; i++) {
    if (!chain[i]!.checkIssued(chain[i + 1]!) || !chain[i]!.verify(chain[i + 1]!.publicKey)) {
      throw new CertificateProblem(`Certificate ${i} in x5c is not issued by certificate ${i + 1}`);
    }
  }
  const leaf = chain[0]!;
  if (leaf.publicKey.asymmetricKeyType !== 'rsa') throw new CertificateProblem('The certificate key must be RSA');
  const orgnr = orgnrFromSubject(leaf.subject);
  if (!orgnr) throw new CertificateProblem('The certificate subject has no organisation number (serialNumber or organizationIdentifier)');
  return { publicKey: leaf.publicKey, orgnr };
}
