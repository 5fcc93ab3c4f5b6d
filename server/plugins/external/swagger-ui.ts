/**
 * Swagger UI at /docs: @fastify/swagger in static mode with the newest version's document, and @fastify/swagger-ui
 * from the package's own assets (no external requests), offering each API version. The two are built at the first
 * request to /docs, in an app of their own that these routes hand requests to: loading them (and the YAML parser and
 * static-file server they bring) was a tenth of the server's start-up, and most runs never open the page.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { API_VERSJONER } from '../../api.js';
import { openApiDocument } from '../../openapi.js';

const PREFIX = '/docs';
/** Headers that belong to the inner answer's own connection, not to ours. */
const FORBINDELSE = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'date']);

async function dokumentasjon(): Promise<FastifyInstance> {
  const [{ default: fastify }, { default: swagger }, { default: swaggerUi }] = await Promise.all([
    import('fastify'),
    import('@fastify/swagger'),
    import('@fastify/swagger-ui'),
  ]);
  const docs = fastify();
  await docs.register(swagger, { mode: 'static', specification: { document: openApiDocument('v2') as never } });
  const urls = API_VERSJONER.map((api) => ({ url: `/openapi/${api.versjon}.json`, name: `${api.versjon} (modell ${api.modell})` }));
  await docs.register(swaggerUi, { routePrefix: PREFIX, uiConfig: { urls, 'urls.primaryName': urls[0]!.name } as never });
  await docs.ready();
  return docs;
}

export default fp(
  async (app) => {
    let docs: Promise<FastifyInstance> | undefined;
    async function videre(request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
      docs ??= dokumentasjon();
      const svar = await (await docs).inject({
        method: request.method as 'GET' | 'HEAD',
        url: request.url,
        headers: { accept: request.headers.accept ?? '*/*', ...(request.headers['if-none-match'] && { 'if-none-match': request.headers['if-none-match'] }) },
      });
      // What Swagger UI does not have (an unknown asset) is the sandbox's 404, with its error body.
      if (svar.statusCode === 404) return reply.callNotFound();
      for (const [navn, verdi] of Object.entries(svar.headers)) if (verdi !== undefined && !FORBINDELSE.has(navn)) reply.header(navn, verdi);
      return reply.code(svar.statusCode).send(svar.rawPayload);
    }
    app.get(PREFIX, videre);
    app.get(`${PREFIX}/*`, videre);
    app.addHook('onClose', async () => {
      if (docs) await (await docs).close();
    });
  },
  { name: 'swagger-ui' },
);
