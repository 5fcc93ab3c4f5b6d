import type { FastifyInstance } from 'fastify';

/** The OpenAPI document as JSON (Swagger UI at /docs reads the same document). */
export default async function openapi(app: FastifyInstance) {
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.openapi);
}
