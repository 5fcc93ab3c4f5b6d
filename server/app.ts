/** Builds the Fastify app (server.ts listens). Tests drive `buildApp(config)` with `app.inject`. */
import Fastify, { LogController, type FastifyInstance, type FastifyRequest } from 'fastify';
import autoload from '@fastify/autoload';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from './config.js';
import { korrelasjonsidFrom } from './korrelasjonsid.js';
import { fromFastifyError } from './error-mapping.js';
import { clientError } from './client-error.js';
import { negotiate, renderError } from './plugins/app/errors.js';
import { lazySchemaController } from './schema-compiler.js';
import { RouteTable } from './route-table.js';
import { API_VERSJONER } from './api.js';
import { utenUrlToken } from './auth/url-token.js';

const here = dirname(fileURLToPath(import.meta.url));
const routes = { autoHooks: true, cascadeHooks: true } as const;

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    /** Every route's methods (plugins/app/errors.ts answers 405 from it). */
    routeTable: RouteTable;
  }
}

export interface BuildOptions {
  /** Where log lines go (default stdout); tests read them from here. */
  logStream?: NodeJS.WritableStream;
}

/** Fastify's own fields of a request's log line, the URL without a token in its query (server/auth/url-token.ts). */
const serializers = {
  req: (req: FastifyRequest) => ({
    method: req.method,
    url: utenUrlToken(req.url),
    version: req.headers['accept-version']?.toString(),
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  }),
};

export async function buildApp(config: Config, { logStream }: BuildOptions = {}): Promise<FastifyInstance> {
  // app.ider is decorated by its plugin below; requests (and their ids) come only after that.
  const nyKorrelasjonsid = () => app.ider.uuid('korrelasjonsid');
  const app: FastifyInstance = Fastify({
    logger: logStream ? { level: config.logLevel, stream: logStream, serializers } : { level: config.logLevel, serializers },
    genReqId: (req) => korrelasjonsidFrom(req.headers['korrelasjonsid'], nyKorrelasjonsid),
    // Every log line of a request carries its Korrelasjonsid.
    logController: new LogController({ requestIdLogLabel: 'korrelasjonsid' }),
    bodyLimit: 4 * 1024 * 1024,
    connectionTimeout: config.connectionTimeoutMs,
    requestTimeout: config.requestTimeoutMs,
    // Node looks for overdue requests only this often (default 30 s); a short REQUEST_TIMEOUT_MS needs a shorter look.
    http: { connectionsCheckingInterval: Math.min(30_000, Math.max(50, Math.floor(config.requestTimeoutMs / 4))) },
    clientErrorHandler: (err, socket) => clientError(err, socket, nyKorrelasjonsid),
    // Errors the router raises before any hook runs (a bad URL encoding, a path parameter over 100 characters)
    // leave through the same renderer as every other error.
    frameworkErrors: (error, request, reply) => {
      reply.header('Korrelasjonsid', request.id);
      request.format = negotiate(request.headers.accept) ?? 'json';
      return renderError(fromFastifyError(error), request, reply);
    },
    // Route schemas are compiled when a route is first called, not at start-up.
    schemaController: lazySchemaController(),
  });
  app.decorate('config', config);
  app.decorate('routeTable', RouteTable.of(app));
  // Only JSON bodies (415 otherwise); multipart is added by its own plugin for uploads.
  app.removeContentTypeParser('text/plain');

  await app.register(autoload, { dir: join(here, 'plugins/external') });
  await app.register(autoload, { dir: join(here, 'plugins/app') });
  // routes/api/<resource> is served under each API version's base path, every other folder under its own name.
  for (const api of API_VERSJONER) {
    await app.register(autoload, { ...routes, dir: join(here, 'routes', 'api'), ignorePattern: /\.(d\.ts|map)$/, options: { prefix: api.prefix } });
  }
  await app.register(autoload, { ...routes, dir: join(here, 'routes'), ignorePattern: /^api(\/|$)|\.(d\.ts|map)$/ });
  return app;
}
