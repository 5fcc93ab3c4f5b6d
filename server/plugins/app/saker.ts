/** The case repository as a decorated service. */
import fp from 'fastify-plugin';
import { SakRepository } from '../../sak/repository.js';

declare module 'fastify' {
  interface FastifyInstance {
    saker: SakRepository;
  }
}

export default fp(
  async (app) => {
    app.decorate('saker', new SakRepository(app.db));
  },
  { name: 'saker', dependencies: ['store'] },
);
