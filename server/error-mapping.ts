/** Translates Fastify's own errors (schema, content type, body size, multipart) into the API's error model. */
import type { FastifyError } from 'fastify';
import type { Violation } from '../rules/types.js';
import { ApiError } from './errors.js';

export interface SchemaError {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

// Modelled: Skatteetaten documents no codes for schema failures; these name the kind of problem.
const SCHEMA_CODES: Record<string, string> = {
  type: 'UGYLDIG_DATATYPE',
  format: 'UGYLDIG_FORMAT',
  pattern: 'UGYLDIG_FORMAT',
  enum: 'UGYLDIG_KODEVERDI',
  required: 'PAAKREVD_FELT_MANGLER',
  // The model's own constraints (server/openapi.ts walk): two spellings of one field disagree; two kinds of one-of.
  'x-alias-for': 'MOTSTRIDENDE_FELT',
  'x-kun-en-av': 'UGYLDIG_KOMBINASJON',
};

/** Ajv's summary of a failed if/then: the `then` error beside it already says what is missing. */
const OPPSUMMERING = new Set(['if']);

function schemaViolation(e: SchemaError, context: string): Violation {
  const pointer = e.keyword === 'required' ? `${e.instancePath}/${String(e.params.missingProperty)}` : e.instancePath;
  const allowed = e.keyword === 'enum' ? `: ${(e.params.allowedValues as unknown[]).join(', ')}` : '';
  return {
    kode: SCHEMA_CODES[e.keyword] ?? 'UGYLDIG_STRUKTUR',
    melding: `${context}${pointer || '/'} ${e.message ?? 'er ugyldig'}${allowed}`,
    beskrivelse: 'Feltet må ha type og format som beskrevet i OpenAPI-dokumentet',
    sti: pointer,
  };
}

const BAD_JSON = new Set(['FST_ERR_CTP_INVALID_JSON_BODY', 'FST_ERR_CTP_EMPTY_JSON_BODY', 'FST_ERR_CTP_INVALID_CONTENT_LENGTH']);
const TOO_LARGE = new Set(['FST_ERR_CTP_BODY_TOO_LARGE', 'FST_REQ_FILE_TOO_LARGE', 'FST_PARTS_LIMIT', 'FST_FILES_LIMIT', 'FST_FIELDS_LIMIT']);

/** 400 for a body, query or params that fails its schema: one kontrollutslag per schema error. */
export function skjemabrudd(errors: readonly SchemaError[], validationContext = 'body'): ApiError {
  const context = validationContext === 'body' ? '' : `${validationContext}:`;
  const kontrollutslag = errors.filter((e) => !OPPSUMMERING.has(e.keyword)).map((e) => schemaViolation(e, context));
  return new ApiError(400, 'KB-006', 'Forespørselen følger ikke skjemaet', { kontrollutslag });
}

export const ugyldigJson = (): ApiError => new ApiError(400, 'KB-006', 'Forespørselen inneholder ikke gyldig JSON');

export function fromFastifyError(error: FastifyError): ApiError {
  if (error.validation) return skjemabrudd(error.validation as SchemaError[], error.validationContext ?? '');
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return new ApiError(415, 'SANDBOX-415', 'Innholdet må sendes som application/json');
  }
  // A JSON (or other) body where an upload expects multipart/form-data: the media type is wrong, not the Accept.
  if (error.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
    return new ApiError(415, 'SANDBOX-415', 'Vedlegg må lastes opp som multipart/form-data');
  }
  // Every path parameter is an identifier (a case reference, a uuid); one longer than the router takes matches nothing.
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') return new ApiError(404, 'KB-009', 'Ingen treff på oppgitt identifikator.');
  if (TOO_LARGE.has(error.code)) return new ApiError(413, 'SANDBOX-413', 'Forespørselen er for stor');
  if (BAD_JSON.has(error.code) || error instanceof SyntaxError) return ugyldigJson();
  const status = error.statusCode ?? 500;
  if (status === 401) return new ApiError(401, 'KB-004', 'Feil i forbindelse med autentisering.');
  if (status === 403) return new ApiError(403, 'KB-005', 'Feil i forbindelse med samtykketoken.');
  if (status === 404) return new ApiError(404, 'KB-003', 'Ukjent url benyttet.');
  // Any other client error (a multipart JSON field that does not parse: 406 in @fastify/multipart) is an input
  // problem, and KB-006 goes out with its table's 400 only.
  if (status >= 400 && status < 500) return new ApiError(400, 'KB-006', error.message);
  return new ApiError(500, 'KB-001', 'Det var en uventet feil på tjenesten. Vennligst ta kontakt med brukerstøtte, med korrelasjonsid fra denne meldingen!');
}
