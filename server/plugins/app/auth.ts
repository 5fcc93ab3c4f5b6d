/**
 * Authentication (SPEC §3): the sandbox's Maskinporten (`app.issuer`, `app.maskinporten`) and the bearer-token checks
 * `app.authenticate` (API routes) and `app.authenticateSandbox` (sandbox controls, which also take SANDBOX_ADMIN_TOKEN).
 *
 * Admin convention (modelled): `Authorization: Bearer <SANDBOX_ADMIN_TOKEN>` acts for the organisation the route
 * names (e.g. the body's orgnr), else the one in the `X-Orgnr` header, else the `orgnr` query parameter.
 */
import fp from 'fastify-plugin';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../../errors.js';
import { Issuer } from '../../auth/issuer.js';
import { Maskinporten } from '../../auth/maskinporten.js';
import { TokenRejected, TokenVerifier } from '../../auth/verifier.js';
import { ORGNR } from '../../auth/claims.js';
import type { Tenant } from '../../auth/tenant.js';

declare module 'fastify' {
  interface FastifyInstance {
    issuer: Issuer;
    maskinporten: Maskinporten;
    /**
     * Verifies `Authorization: Bearer <jwt>`, sets and returns `request.tenant`; throws 401 KB-004 / 403 KB-005. A token
     * verified before is answered at once (no promise: this runs on every API request), a new one asynchronously.
     */
    authenticate(request: FastifyRequest): Tenant | Promise<Tenant>;
    /**
     * As `authenticate`, and also accepts SANDBOX_ADMIN_TOKEN. `orgnr` is the organisation the call acts for, when the
     * route knows it (e.g. from the body): a Maskinporten token must belong to it, the admin token takes it.
     */
    authenticateSandbox(request: FastifyRequest, orgnr?: string): Promise<Tenant>;
  }
  interface FastifyRequest {
    tenant: Tenant;
  }
}

export const ORGNR_HEADER = 'x-orgnr';

const unauthorized = (melding: string, header = 'Bearer error="invalid_token"') =>
  new ApiError(401, 'KB-004', melding, { headers: { 'WWW-Authenticate': header } });

function bearerToken(request: FastifyRequest): string {
  const header = request.headers.authorization;
  // RFC 6750 §3.1: a request without credentials gets the challenge without an error code.
  if (!header) throw unauthorized('Autentisering mangler: send Authorization: Bearer <Maskinporten-token>', 'Bearer realm="utleggsbegjaering"');
  const match = /^Bearer +([^\s]+)\s*$/i.exec(header);
  if (!match) throw unauthorized('Authorization-headeren må ha formen "Bearer <token>"');
  return match[1]!;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

function adminOrgnr(request: FastifyRequest, named: string | undefined): string {
  const query = (request.query as Record<string, unknown> | undefined)?.orgnr;
  const orgnr = named ?? request.headers[ORGNR_HEADER] ?? query;
  if (typeof orgnr !== 'string' || !ORGNR.test(orgnr)) {
    throw new ApiError(400, 'KB-006', 'Med SANDBOX_ADMIN_TOKEN må organisasjonen oppgis (X-Orgnr-header eller orgnr-parameter, 9 siffer)');
  }
  return orgnr;
}

export default fp(
  async (app) => {
    const issuer = Issuer.open(app.db, app.config);
    const verifier = new TokenVerifier(issuer, app.config.trustedJwks);
    const adminDigest = app.config.sandboxAdminToken ? digest(app.config.sandboxAdminToken) : undefined;
    app.decorate('issuer', issuer);
    app.decorate('maskinporten', new Maskinporten(app.db, issuer));
    app.decorateRequest('tenant', null as unknown as Tenant);

    function authenticate(request: FastifyRequest): Tenant | Promise<Tenant> {
      const token = bearerToken(request);
      const known = verifier.known(token);
      if (known) return (request.tenant = known);
      return verifyNew(request, token);
    }

    async function verifyNew(request: FastifyRequest, token: string): Promise<Tenant> {
      try {
        request.tenant = await verifier.verify(token);
      } catch (err) {
        if (!(err instanceof TokenRejected)) throw err;
        if (err.insufficientScope) {
          throw new ApiError(403, 'KB-005', `Ugyldig token: ${err.message}`, { headers: { 'WWW-Authenticate': 'Bearer error="insufficient_scope"' } });
        }
        throw unauthorized(`Ugyldig token: ${err.message}`);
      }
      return request.tenant;
    }

    async function authenticateSandbox(request: FastifyRequest, orgnr?: string): Promise<Tenant> {
      if (adminDigest && timingSafeEqual(digest(bearerToken(request)), adminDigest)) {
        const acting = adminOrgnr(request, orgnr);
        request.tenant = { orgnr: acting, consumerOrgnr: acting, clientId: 'sandbox-admin', scopes: [], admin: true };
        return request.tenant;
      }
      const tenant = await authenticate(request);
      const named = orgnr ?? request.headers[ORGNR_HEADER];
      if (named !== undefined && named !== tenant.orgnr && named !== tenant.consumerOrgnr) {
        throw new ApiError(403, 'KB-005', `Tokenet gir ikke tilgang til organisasjon ${String(named)}`);
      }
      return tenant;
    }

    app.decorate('authenticate', authenticate);
    app.decorate('authenticateSandbox', authenticateSandbox);
  },
  { name: 'auth', dependencies: ['store', 'errors'] },
);
