/** The begjæring routes take their JSON body as text: it is read (parsed, checked) by server/begjaering/validering.ts. */
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** The body: a JSON body's text, undefined without one (or with another parsed type, e.g. multipart). */
export type MedJson<P = unknown> = FastifyRequest<{ Body: string | undefined; Params: P }>;

/** Replaces, in this scope, Fastify's JSON parser with one that keeps the text. */
export function jsonSomTekst(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => done(null, body));
}

/** The text after a leading byte order mark: the JSON parser skips it, JSON.parse of the stored case would not. */
export function utenBom(tekst: string | undefined): string | undefined {
  return tekst?.charCodeAt(0) === 0xfeff ? tekst.slice(1) : tekst;
}
