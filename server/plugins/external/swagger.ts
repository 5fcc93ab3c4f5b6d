/** @fastify/swagger in static mode: serves our hand-written OpenAPI document of the newest version as it is. */
import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import { openApiDocument } from '../../openapi.js';

export default fp(
  async (app) => {
    await app.register(swagger, { mode: 'static', specification: { document: openApiDocument('v2') as never } });
  },
  { name: 'swagger' },
);
