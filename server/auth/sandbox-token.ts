/** The off-line shortcut's token (POST /sandbox/token, `npm run token`): what a business certificate would have earned. */
import type { AccessGrant } from './claims.js';
import { API_SCOPE } from './tenant.js';

/** levetidSekunder may reach 24 hours (long CI runs); Maskinporten's own grants give 120 s. */
export const MAX_SANDBOX_LIFETIME = 24 * 60 * 60;
/** Modelled client_id of tokens minted by the shortcut. */
export const SANDBOX_CLIENT_ID = 'sandbox';

export interface SandboxTokenRequest {
  orgnr: string;
  systembrukerOrgnr?: string;
  scope?: string;
  levetidSekunder?: number;
}

export function sandboxGrant(req: SandboxTokenRequest): AccessGrant {
  const grant: AccessGrant = {
    consumerOrgnr: req.orgnr,
    clientId: SANDBOX_CLIENT_ID,
    clientAmr: 'virksomhetssertifikat',
    scope: req.scope?.trim().split(/\s+/).join(' ') || API_SCOPE,
  };
  if (req.systembrukerOrgnr) grant.systembrukerOrgnr = req.systembrukerOrgnr;
  return grant;
}
