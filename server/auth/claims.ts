/** Maskinporten's claim shapes (reference/domain.md §3.2) and the organisation-number helpers around them. */
import { uuidAvNavn } from '../store/uuid-navn.js';

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
  return uuidAvNavn(`${consumerOrgnr}:${systembrukerOrgnr}`);
}

export function scopesOf(scope: unknown): string[] {
  return typeof scope === 'string' ? scope.split(/\s+/).filter(Boolean) : [];
}
