/**
 * /console (modelled): the sandbox's web console — one static page with a plain ES module and a stylesheet from
 * server/console, read at run time (tsc compiles only .ts). The Content-Security-Policy keeps it to this origin.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError } from '../../errors.js';
import { ROOT } from '../../paths.js';

const DIR = join(ROOT, 'server/console');

const FILER: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'console.js': 'text/javascript; charset=utf-8',
  'console.css': 'text/css; charset=utf-8',
};

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'";

export default async function konsoll(app: FastifyInstance): Promise<void> {
  const cache = new Map<string, Buffer>();

  async function send(navn: string, request: FastifyRequest) {
    const type = FILER[navn];
    if (!type) throw new ApiError(404, 'KB-003', `Ukjent url benyttet: GET ${request.url.split('?')[0]}`);
    let innhold = cache.get(navn);
    if (!innhold) {
      innhold = await readFile(join(DIR, navn)).catch(() => {
        throw new ApiError(404, 'KB-003', `Konsollet mangler filen ${navn} (server/console)`);
      });
      cache.set(navn, innhold);
    }
    return { innhold, type };
  }

  app.get('/', async (request, reply) => {
    const { innhold, type } = await send('index.html', request);
    return reply.type(type).header('content-security-policy', CSP).header('cache-control', 'no-cache').send(innhold);
  });

  app.get('/:fil', async (request: FastifyRequest<{ Params: { fil: string } }>, reply) => {
    const { innhold, type } = await send(request.params.fil, request);
    return reply.type(type).header('content-security-policy', CSP).header('cache-control', 'no-cache').send(innhold);
  });
}
