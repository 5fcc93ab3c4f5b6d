/**
 * RFC 8414 §3.1: for the issuer `${PUBLIC_URL}/maskinporten/` a client that builds the metadata URL itself inserts
 * `/.well-known/oauth-authorization-server` between the host and the issuer's path, whose terminating "/" is removed
 * first (oauth4webapi does so); some keep it (Spring Security), so both are served. The same document as the
 * issuer's own /maskinporten/.well-known/oauth-authorization-server (routes/maskinporten).
 */
import type { FastifyInstance } from 'fastify';

export default async function wellKnown(app: FastifyInstance) {
  for (const url of ['/.well-known/oauth-authorization-server/maskinporten', '/.well-known/oauth-authorization-server/maskinporten/']) {
    app.get(url, async (request) => app.issuer.metadata(app.issuer.forHost(request.host)));
  }
}
