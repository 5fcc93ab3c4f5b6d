/** Maskinporten's claim shapes (reference/domain.md §3.2) and the organisation-number helpers around them. */
import { createHash } from 'node:crypto';

export const ORGNR = /^\d{9}$/;
export const ISO6523_AUTHORITY = 'iso6523-actorid-upis';
export const SYSTEMUSER_TYPE = 'urn:altinn:systemuser';
export const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
/** The signature algorithms Maskinporten accepts in grants and uses for tokens. */
export const RSA_ALGORITHMS = ['RS256', 'RS384', 'RS512'];

export type ClientAmr = 'private_key_jwt' | 'virksomhetssertifikat';

export interface OrgId {
  authority: string;
  ID: string;
}

export const orgId = (orgnr: string): OrgId => ({ authority: ISO6523_AUTHORITY, ID: `0192:${orgnr}` });

/** The orgnr of an ISO 6523 id `0192:<9 digits>`, or undefined when it is not one. */
export function orgnrOf(id: unknown): string | undefined {
  const match = typeof id === 'string' ? /^0192:(\d{9})$/.exec(id) : null;
  return match ? match[1] : undefined;
}

/** `systemuser_org` as Maskinporten writes it (`ID`) or as Altinn's guide does (`id`). */
export function systemuserOrgnr(org: unknown): string | undefined {
  if (typeof org !== 'object' || org === null) return undefined;
  const { ID, id } = org as Record<string, unknown>;
  return orgnrOf(ID ?? id);
}

/** What the issuer puts into an access token, from a verified grant or the sandbox shortcut. */
export interface AccessGrant {
  consumerOrgnr: string;
  clientId: string;
  clientAmr: ClientAmr;
  scope: string;
  systembrukerOrgnr?: string;
  /** Delegation: the client's organisation acting for the consumer. */
  supplierOrgnr?: string;
  /** `resource` of the grant: an audience-restricted token. */
  audience?: string | string[];
}

export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
}

/**
 * Modelled: Altinn assigns system users a uuid; the sandbox derives a stable one from the vendor and the customer,
 * so the same system user keeps its id across tokens.
 */
export function systemuserId(consumerOrgnr: string, systembrukerOrgnr: string): string {
  const h = createHash('sha256').update(`${consumerOrgnr}:${systembrukerOrgnr}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function scopesOf(scope: unknown): string[] {
  return typeof scope === 'string' ? scope.split(/\s+/).filter(Boolean) : [];
}
