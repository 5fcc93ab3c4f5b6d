/** The begjæring routes take their JSON body as text: it is read (parsed, checked) by server/begjaering/validering.ts. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { jsonParser } from '../../../json.js';

/** The body: a JSON body's text, undefined without one (or with another parsed type, e.g. multipart). */
export type MedJson<P = unknown> = FastifyRequest<{ Body: string | undefined; Params: P }>;

/** Replaces, in this scope, the JSON parser with one that keeps the text (UTF-8 checked, server/json.ts). */
export function jsonSomTekst(app: FastifyInstance): void {
  jsonParser(app, (tekst) => tekst);
}

/** The text after a leading byte order mark: the JSON parser skips it, JSON.parse of the stored case would not. */
export function utenBom(tekst: string | undefined): string | undefined {
  return tekst?.charCodeAt(0) === 0xfeff ? tekst.slice(1) : tekst;
}
