import type { FastifyInstance } from 'fastify';
import { API_VERSJONER } from '../api.js';
import type { OpenApiDocument } from '../openapi.js';

/** The header parameters whose example Swagger UI's "Try it out" sends as it stands: each must be an id never sent before. */
const FERSKE_EKSEMPLER = ['Korrelasjonsid', 'Meldingsid'] as const;

/** The document with a fresh uuid as the example of each of FERSKE_EKSEMPLER (the rest shared, not copied). */
function medFerskeIder(doc: OpenApiDocument, uuid: () => string): OpenApiDocument {
  const parameters = { ...doc.components.parameters };
  for (const navn of FERSKE_EKSEMPLER) parameters[navn] = { ...parameters[navn], example: uuid() };
  return { ...doc, components: { ...doc.components, parameters } };
}

/**
 * The OpenAPI documents as JSON: /openapi/v1.json and /openapi/v2.json (Swagger UI at /docs offers both), and
 * /openapi.json, the newest version's.
 */
export default async function openapi(app: FastifyInstance) {
  const dokument = (api: (typeof API_VERSJONER)[number]) => async () => medFerskeIder(app.openapi[api.versjon], () => app.ider.uuid('eksempel'));
  for (const api of API_VERSJONER) app.get(`/openapi/${api.versjon}.json`, { schema: { hide: true } }, dokument(api));
  app.get('/openapi.json', { schema: { hide: true } }, dokument(API_VERSJONER[0]!));
}
