/**
 * Registers every schema of the OpenAPI document with Fastify, so routes reference them by name (`Begjaering#`);
 * they are compiled when a route is first called (server/schema-compiler.ts).
 */
import fp from 'fastify-plugin';
import { componentSchemas, openApiDocument, type OpenApiDocument } from '../../openapi.js';

declare module 'fastify' {
  interface FastifyInstance {
    openapi: OpenApiDocument;
  }
}

export default fp(
  async (app) => {
    const doc = openApiDocument();
    for (const schema of componentSchemas(doc)) app.addSchema(schema);
    app.decorate('openapi', doc);
  },
  { name: 'openapi' },
);
