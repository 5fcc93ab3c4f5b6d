/** What the submission and endring routes answer alike: the 422 with every violation, and the Advarsel header. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ApiError } from '../errors.js';
import { unknownFields } from '../openapi.js';
import type { Violation } from '../../rules/types.js';

export function avvist(kontrollutslag: Violation[]): ApiError {
  return new ApiError(422, 'KB-006', 'Begjæringen inneholder semantiske feil', { kontrollutslag });
}

/** At most this many fields are named, in at most this many characters: a header has to fit any proxy's limits. */
const MAKS_VISTE = 20;
const MAKS_TEGN = 2000;
export const ADVARSEL_PREFIKS = 'ukjente felt ignorert: ';
/** Ends the list when fields were left out: "... (N til)". */
export const ADVARSEL_UTELATT = '... (';

/** Lists fields the model does not know in an `Advarsel` header (the real service ignores them silently). */
export function advarUkjenteFelt(app: FastifyInstance, body: unknown, reply: FastifyReply): void {
  advar(reply, unknownFields(app.openapi, 'Begjaering', body));
}

/**
 * A pointer as header text: percent-encoded (encodeURI), so whatever a key held — non-ASCII, control characters, a
 * lone surrogate (replaced first: encodeURI throws on one) — the header is printable ASCII.
 */
const ENSLIG_SURROGAT = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function headerTekst(peker: string): string {
  return encodeURI(peker.replace(ENSLIG_SURROGAT, '\uFFFD'));
}

/** The `Advarsel` header for unknown fields already found (JSON pointers). */
export function advar(reply: FastifyReply, ukjente: readonly string[]): void {
  if (ukjente.length === 0) return;
  let tekst = ADVARSEL_PREFIKS;
  let viste = 0;
  for (const peker of ukjente) {
    const felt = headerTekst(peker);
    if (viste === MAKS_VISTE || tekst.length + felt.length + 2 > MAKS_TEGN) break;
    tekst += (viste > 0 ? ', ' : '') + felt;
    viste++;
  }
  if (viste < ukjente.length) tekst += `${viste > 0 ? ', ' : ''}${ADVARSEL_UTELATT}${ukjente.length - viste} til)`;
  reply.header('Advarsel', tekst);
}
