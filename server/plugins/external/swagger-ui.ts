/** Swagger UI at /docs, served from the package's own assets (no external requests). */
import fp from 'fastify-plugin';
import swaggerUi from '@fastify/swagger-ui';

export default fp(
  async (app) => {
    await app.register(swaggerUi, { routePrefix: '/docs' });
  },
  { name: 'swagger-ui', dependencies: ['swagger'] },
);
