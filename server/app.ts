/** Builds the Fastify app (server.ts listens). Tests drive `buildApp(config)` with `app.inject`. */
import Fastify, { type FastifyInstance } from 'fastify';
import autoload from '@fastify/autoload';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from './config.js';
import { korrelasjonsidFrom } from './korrelasjonsid.js';

const here = dirname(fileURLToPath(import.meta.url));
export const API_PREFIX = '/api/utleggsbegjaering/v1';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
  }
}

export async function buildApp(config: Config): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel },
    genReqId: (req) => korrelasjonsidFrom(req.headers['korrelasjonsid']),
    requestIdLogLabel: 'korrelasjonsid',
    bodyLimit: 4 * 1024 * 1024,
    connectionTimeout: 60_000,
    requestTimeout: 60_000,
    ajv: { customOptions: { allErrors: true, coerceTypes: false, removeAdditional: false, useDefaults: false, strict: false } },
  });
  app.decorate('config', config);
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
