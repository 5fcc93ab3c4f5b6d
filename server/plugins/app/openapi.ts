/**
 * Each version's OpenAPI document (`app.openapi.v1`, `.v2`), as served: built at its first use. Routes reference the
 * documents' schemas by name — /v1's as `Begjaering#`, /v2's in their namespace (`v2.Begjaering#`, `Api.skjemaer`) —
 * resolved by server/schema-compiler.ts when a route is first called, not registered with Fastify at start-up (each
 * plugin context copied all ~240 of them).
 */
import fp from 'fastify-plugin';
import { openApiDocument, type OpenApiDocument } from '../../openapi.js';
import { API_VERSJONER, type ApiVersjon } from '../../api.js';

declare module 'fastify' {
  interface FastifyInstance {
    openapi: Readonly<Record<ApiVersjon, OpenApiDocument>>;
  }
}

export default fp(
  async (app) => {
    const dokumenter = {} as Record<ApiVersjon, OpenApiDocument>;
    for (const { versjon } of API_VERSJONER) Object.defineProperty(dokumenter, versjon, { get: () => openApiDocument(versjon), enumerable: true });
    app.decorate('openapi', Object.freeze(dokumenter));
  },
  { name: 'openapi' },
);
