/** What the submission and endring routes answer alike: the 422 with every violation, and the Advarsel header. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ApiError } from '../errors.js';
import { unknownFields } from '../openapi.js';
import type { Violation } from '../../rules/types.js';

export function avvist(kontrollutslag: Violation[]): ApiError {
  return new ApiError(422, 'KB-006', 'Begjæringen inneholder semantiske feil', { kontrollutslag });
}

const MAKS_VISTE = 20;

/** Lists fields the model does not know in an `Advarsel` header (the real service ignores them silently). */
export function advarUkjenteFelt(app: FastifyInstance, body: unknown, reply: FastifyReply): void {
  advar(reply, unknownFields(app.openapi, 'Begjaering', body));
}

/** The `Advarsel` header for unknown fields already found (JSON pointers). */
export function advar(reply: FastifyReply, ukjente: readonly string[]): void {
  if (ukjente.length === 0) return;
  const shown = ukjente.slice(0, MAKS_VISTE).map(encodeURI).join(', ');
  reply.header('Advarsel', `ukjente felt ignorert: ${shown}${ukjente.length > MAKS_VISTE ? ', …' : ''}`);
}
