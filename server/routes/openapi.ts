import type { FastifyInstance } from 'fastify';
import { API_VERSJONER } from '../api.js';

/**
 * The OpenAPI documents as JSON: /openapi/v1.json and /openapi/v2.json (Swagger UI at /docs offers both), and
 * /openapi.json, the newest version's.
 */
export default async function openapi(app: FastifyInstance) {
  for (const api of API_VERSJONER) app.get(`/openapi/${api.versjon}.json`, { schema: { hide: true } }, async () => app.openapi[api.versjon]);
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.openapi[API_VERSJONER[0]!.versjon]);
}
