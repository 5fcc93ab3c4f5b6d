/** The party register (SPEC §4) as a decorated service: identification rules and betjeningskart read it. */
import fp from 'fastify-plugin';
import { createRegister } from '../../../rules/lib/register.js';
import type { PartyRegister } from '../../../rules/types.js';

declare module 'fastify' {
  interface FastifyInstance {
    partsregister: PartyRegister;
  }
}

export default fp(
  async (app) => {
    app.decorate('partsregister', createRegister(app.config.registerMode));
  },
  { name: 'partsregister' },
);
