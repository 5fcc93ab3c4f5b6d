/** Swagger UI at /docs, served from the package's own assets (no external requests), offering each API version. */
import fp from 'fastify-plugin';
import swaggerUi from '@fastify/swagger-ui';
import { API_VERSJONER } from '../../api.js';

export default fp(
  async (app) => {
    const urls = API_VERSJONER.map((api) => ({ url: `/openapi/${api.versjon}.json`, name: `${api.versjon} (modell ${api.modell})` }));
    await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { urls, 'urls.primaryName': urls[0]!.name } as never });
  },
  { name: 'swagger-ui', dependencies: ['swagger'] },
);
