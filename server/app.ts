/** Builds the Fastify app (server.ts listens). Tests drive `buildApp(config)` with `app.inject`. */
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import autoload from '@fastify/autoload';
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from './config.js';
import { korrelasjonsidFrom } from './korrelasjonsid.js';
import { fromFastifyError } from './error-mapping.js';
import { ApiError, feilBody } from './errors.js';
import { negotiate, renderError } from './plugins/app/errors.js';

const here = dirname(fileURLToPath(import.meta.url));
export const API_PREFIX = '/api/utleggsbegjaering/v1';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
  }
}

/**
 * A request Node itself refuses before Fastify sees it (too slow: 408, headers too large: 431, not HTTP: 400) still
 * gets the error body, with a fresh korrelasjonsid, and the connection is closed.
 */
function clientError(err: Error & { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, melding] =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'Forespørselen ble ikke mottatt i sin helhet innen tidsfristen']
    : err.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Header-feltene er for store']
    : [400, 'Forespørselen er ikke gyldig HTTP'];
  const korrelasjonsid = randomUUID();
  const body = JSON.stringify(feilBody(new ApiError(status, 'KB-006', melding), korrelasjonsid, ''));
  // Nothing to add when an answer has already begun (Node's own rule).
  const started = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent === true;
  if (socket.writable && !started) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nKorrelasjonsid: ${korrelasjonsid}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}

export interface BuildOptions {
  /** Where log lines go (default stdout); tests read them from here. */
  logStream?: NodeJS.WritableStream;
}

export async function buildApp(config: Config, { logStream }: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logStream ? { level: config.logLevel, stream: logStream } : { level: config.logLevel },
    genReqId: (req) => korrelasjonsidFrom(req.headers['korrelasjonsid']),
    // Every log line of a request carries its Korrelasjonsid.
    logController: new LogController({ requestIdLogLabel: 'korrelasjonsid' }),
    bodyLimit: 4 * 1024 * 1024,
    connectionTimeout: config.connectionTimeoutMs,
    requestTimeout: config.requestTimeoutMs,
    // Node looks for overdue requests only this often (default 30 s); a short REQUEST_TIMEOUT_MS needs a shorter look.
    http: { connectionsCheckingInterval: Math.min(30_000, Math.max(50, Math.floor(config.requestTimeoutMs / 4))) },
    clientErrorHandler: clientError,
    // Errors the router raises before any hook runs (a bad URL encoding, a path parameter over 100 characters)
    // leave through the same renderer as every other error.
    frameworkErrors: (error, request, reply) => {
      reply.header('Korrelasjonsid', request.id);
      request.format = negotiate(request.headers.accept) ?? 'json';
      return renderError(fromFastifyError(error), request, reply);
    },
    ajv: { customOptions: { allErrors: true, coerceTypes: false, removeAdditional: false, useDefaults: false, strict: false } },
  });
  app.decorate('config', config);
  // Node enforces requestTimeout only until the headers are in; a body that trickles in gets the same deadline here.
  app.addHook('onRequest', (request, reply, done) => {
    const timer = setTimeout(() => {
      if (request.raw.complete || reply.raw.headersSent) return;
      clientError(Object.assign(new Error('request body timeout'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' }), request.raw.socket);
    }, config.requestTimeoutMs).unref();
    reply.raw.once('close', () => clearTimeout(timer));
    done();
  });
  // Only JSON bodies (415 otherwise); multipart is added by its own plugin for uploads.
  app.removeContentTypeParser('text/plain');

  await app.register(autoload, { dir: join(here, 'plugins/external') });
  await app.register(autoload, { dir: join(here, 'plugins/app') });
  await app.register(autoload, {
    dir: join(here, 'routes'),
    autoHooks: true,
    cascadeHooks: true,
    ignorePattern: /\.(d\.ts|map)$/,
    // routes/api/<resource> is served under the API's base path, every other folder under its own name.
    dirNameRoutePrefix: (parent, name) => (parent === join(here, 'routes') && name === 'api' ? API_PREFIX.slice(1) : name),
  });
  return app;
}
