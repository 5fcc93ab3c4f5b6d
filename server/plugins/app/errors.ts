/**
 * Korrelasjonsid, content negotiation and the one error renderer (SPEC §2). Every error — ours, Fastify's,
 * a schema failure, an unknown URL, an unexpected exception — leaves through `renderError`.
 */
import fp from 'fastify-plugin';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError, FEIL_XML_NAMESPACE, feilBody, toXml } from '../../errors.js';
import { fromFastifyError } from '../../error-mapping.js';

type Format = 'json' | 'xml';

declare module 'fastify' {
  interface FastifyRequest {
    /** Response format chosen from Accept; undefined when none is acceptable. */
    format: Format | undefined;
  }
  interface FastifyContextConfig {
    /** Media types a route produces besides JSON/XML (e.g. application/pdf); Accept may name them. */
    produces?: string[];
  }
}

const JSON_TYPES = new Set(['application/json', '*/*', 'application/*']);
const XML_TYPES = new Set(['application/xml', 'text/xml']);

/**
 * The first acceptable format in the client's order; JSON when Accept is absent (Skatteetaten's default) or names
 * a type the route itself produces (its errors are then JSON).
 */
export function negotiate(accept: string | undefined, produces: readonly string[] = []): Format | undefined {
  if (!accept || !accept.trim()) return 'json';
  for (const part of accept.split(',')) {
    const type = part.split(';')[0]!.trim().toLowerCase();
    if (JSON_TYPES.has(type) || type.endsWith('+json') || produces.includes(type)) return 'json';
    if (XML_TYPES.has(type)) return 'xml';
  }
  return undefined;
}

export function renderError(err: ApiError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const body = feilBody(err, request.id, request.url.split('?')[0]!);
  reply.code(err.status).headers(err.options.headers ?? {});
  if (request.format === 'xml') {
    return reply.type('application/xml; charset=utf-8').send(toXml('feil', { ...body }, FEIL_XML_NAMESPACE));
  }
  return reply.type('application/json; charset=utf-8').send(body);
}

export default fp(
  async (app) => {
    app.decorateRequest('format', undefined);

    // Callback hooks, not async ones: they run on every request, and a promise per hook is measurable (SPEC §11).
    app.addHook('onRequest', (request, reply, done) => {
      reply.header('Korrelasjonsid', request.id);
      request.format = negotiate(request.headers.accept, request.routeOptions.config.produces);
      if (request.format === undefined) {
        request.format = 'json';
        if (request.api) {
          return done(new ApiError(406, 'KB-008', 'Feil tilknyttet dataformat. Kun json eller xml er støttet.'));
        }
      }
      done();
    });

    // Successful API answers follow Accept too (modelled: the root element of a success body is <respons>).
    app.addHook('onSend', (request, reply, payload, done) => {
      if (request.format !== 'xml' || typeof payload !== 'string' || !request.api) return done(null, payload);
      const type = String(reply.getHeader('content-type') ?? '');
      if (!type.startsWith('application/json')) return done(null, payload);
      reply.type('application/xml; charset=utf-8');
      done(null, toXml('respons', JSON.parse(payload) as Record<string, unknown>));
    });

    app.setErrorHandler((error: FastifyError, request, reply) => {
      const apiError = error instanceof ApiError ? error : fromFastifyError(error);
      if (apiError.status >= 500) request.log.error({ err: error }, 'unexpected error');
      return renderError(apiError, request, reply);
    });

    // A path that exists under other methods answers 405 with Allow (RFC 9110 §15.5.6); modelled, SANDBOX-405.
    app.setNotFoundHandler((request, reply) => {
      const ukjent = `Ukjent url benyttet: ${request.method} ${request.url.split('?')[0]}`;
      const allow = app.routeTable.allowed(request.url);
      // A method the path has (e.g. a static file that is not there) is an ordinary 404.
      if (allow.length === 0 || allow.includes(request.method)) return renderError(new ApiError(404, 'KB-003', ukjent), request, reply);
      const tillatt = allow.join(', ');
      return renderError(new ApiError(405, 'SANDBOX-405', `${ukjent} (tillatte metoder: ${tillatt})`, { headers: { Allow: tillatt } }), request, reply);
    });
  },
  { name: 'errors', dependencies: ['api'] },
);
