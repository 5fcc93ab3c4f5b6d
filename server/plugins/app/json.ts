/**
 * The JSON body parser of every route (server/json.ts): UTF-8 only, parsed as Fastify parses JSON, bounded in depth
 * and size (JSON_MAKS_DYBDE, JSON_MAKS_ELEMENTER). The begjæring routes take the text instead and read it in
 * server/begjaering/validering.ts, under the same rules.
 */
import fp from 'fastify-plugin';
import { jsonParser, lesJson, type JsonGrenser } from '../../json.js';

declare module 'fastify' {
  interface FastifyInstance {
    jsonGrenser: JsonGrenser;
  }
}

export default fp(
  async (app) => {
    const grenser: JsonGrenser = { maksDybde: app.config.jsonMaksDybde, maksElementer: app.config.jsonMaksElementer };
    app.decorate('jsonGrenser', grenser);
    jsonParser(app, (tekst) => lesJson(tekst, grenser));
  },
  { name: 'json' },
);
