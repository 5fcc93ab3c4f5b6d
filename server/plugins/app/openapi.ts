/**
 * Registers every schema of each version's OpenAPI document with Fastify, so routes reference them by name: /v1's as
 * `Begjaering#`, /v2's in their namespace (`v2.Begjaering#`, `Api.skjemaer`). The sandbox's own routes use the /v1
 * names (the parts outside the API are the same in both documents).
 */
import fp from 'fastify-plugin';
import { componentSchemas, openApiDocument, type OpenApiDocument } from '../../openapi.js';
import { API_VERSJONER, type ApiVersjon } from '../../api.js';

declare module 'fastify' {
  interface FastifyInstance {
    openapi: Readonly<Record<ApiVersjon, OpenApiDocument>>;
  }
}

export default fp(
  async (app) => {
    const dokumenter = {} as Record<ApiVersjon, OpenApiDocument>;
    for (const api of API_VERSJONER) {
      const doc = openApiDocument(api.versjon);
      for (const schema of componentSchemas(doc, api.skjemaer)) app.addSchema(schema);
      dokumenter[api.versjon] = doc;
    }
    app.decorate('openapi', Object.freeze(dokumenter));
  },
  { name: 'openapi' },
);
