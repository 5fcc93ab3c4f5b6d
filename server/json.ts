/**
 * How every JSON body is read (SPEC §2, hostile input): as UTF-8 only (invalid bytes → 400; another declared
 * charset → 415, never silently mangled), parsed as Fastify parses JSON (`__proto__`/`constructor` keys refused), and
 * bounded in shape (nesting depth, number of fields and elements) before anything can store it — so no stored
 * document can later make a read or a serialisation fail.
 */
import { isUtf8 } from 'node:buffer';
import type { FastifyInstance } from 'fastify';
import secureJson from 'secure-json-parse';
import { ApiError } from './errors.js';
import { ugyldigJson } from './error-mapping.js';

export interface JsonGrenser {
  /** Deepest nesting of objects and arrays (JSON_MAKS_DYBDE). */
  maksDybde: number;
  /** Most object fields and array elements in all (JSON_MAKS_ELEMENTER). */
  maksElementer: number;
}

/** The charset a Content-Type declares, lower-cased; undefined when it declares none. */
function charset(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1]!.toLowerCase();
}

/** The body's text: UTF-8 (the only encoding JSON allows between systems, RFC 8259 §8.1), or the 415/400 that says why not. */
export function utf8Tekst(body: Buffer, contentType: string | undefined): string {
  const declared = charset(contentType);
  if (declared !== undefined && declared !== 'utf-8' && declared !== 'utf8') {
    throw new ApiError(415, 'SANDBOX-415', `JSON må sendes som UTF-8; Content-Type oppgir charset=${declared}`);
  }
  if (!isUtf8(body)) throw new ApiError(400, 'KB-006', 'Forespørselen er ikke gyldig UTF-8');
  return body.toString('utf8');
}

/** Why a parsed value breaks the limits (the text names the limit and its setting), or undefined. */
export function formBrudd(value: unknown, { maksDybde, maksElementer }: JsonGrenser): string | undefined {
  // Iterative (a recursive walk is what a deep document would overflow), over two plain stacks: this runs for every
  // body, and an object per node or an array of values per object cost more than the walk itself.
  const noder: object[] = [];
  const dybder: number[] = [];
  if (value !== null && typeof value === 'object') noder.push(value), dybder.push(0);
  let elementer = 0;
  while (noder.length > 0) {
    const node = noder.pop()!;
    const dybde = dybder.pop()!;
    if (dybde >= maksDybde) return `JSON-dokumentet er nøstet dypere enn ${maksDybde} nivåer (JSON_MAKS_DYBDE)`;
    if (Array.isArray(node)) {
      elementer += node.length;
      for (const b of node) if (b !== null && typeof b === 'object') noder.push(b), dybder.push(dybde + 1);
    } else {
      for (const key in node) {
        elementer++;
        const b = (node as Record<string, unknown>)[key];
        if (b !== null && typeof b === 'object') noder.push(b), dybder.push(dybde + 1);
      }
    }
    if (elementer > maksElementer) return `JSON-dokumentet har flere enn ${maksElementer} felt og elementer (JSON_MAKS_ELEMENTER)`;
  }
  return undefined;
}

/** Parses as Fastify does (`ok: false` when the text is not JSON). */
export function parse(tekst: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: secureJson.parse(tekst, undefined, { protoAction: 'error', constructorAction: 'error' }) };
  } catch {
    return { ok: false };
  }
}

/** A JSON body's value, within the limits; else the 400. */
export function lesJson(tekst: string, grenser: JsonGrenser): unknown {
  const parsed = parse(tekst);
  if (!parsed.ok) throw ugyldigJson();
  const brudd = formBrudd(parsed.value, grenser);
  if (brudd) throw new ApiError(400, 'KB-006', brudd);
  return parsed.value;
}

/**
 * Makes `app`'s JSON parser (in its scope) read the body as UTF-8 text and hand it to `tilVerdi`: the parsed value
 * within the limits for every route (plugins/app/json.ts), the text itself for the begjæring routes.
 */
export function jsonParser(app: FastifyInstance, tilVerdi: (tekst: string) => unknown): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    try {
      done(null, tilVerdi(utf8Tekst(body as Buffer, request.headers['content-type'])));
    } catch (err) {
      done(err as Error);
    }
  });
}
