/**
 * The JSON body parser of every route (server/json.ts): UTF-8 only, parsed as Fastify parses JSON, bounded in depth
 * and size (JSON_MAKS_DYBDE, JSON_MAKS_ELEMENTER). The begjæring routes take the text instead and read it in
 * server/begjaering/validering.ts, under the same rules.
 */
import fp from 'fastify-plugin';
import { lesJson, utf8Tekst, type JsonGrenser } from '../../json.js';

declare module 'fastify' {
  interface FastifyInstance {
    jsonGrenser: JsonGrenser;
  }
}

export default fp(
  async (app) => {
    const grenser: JsonGrenser = { maksDybde: app.config.jsonMaksDybde, maksElementer: app.config.jsonMaksElementer };
    app.decorate('jsonGrenser', grenser);
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
      try {
        done(null, lesJson(utf8Tekst(body as Buffer, request.headers['content-type']), grenser));
      } catch (err) {
        done(err as Error);
      }
    });
  },
  { name: 'json' },
);
