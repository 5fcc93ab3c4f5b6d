/**
 * A begjæring validated from its JSON text: parsed as Fastify parses JSON (`__proto__` and `constructor` keys
 * refused), checked against the OpenAPI schema with Ajv as Fastify compiles it, walked for unknown fields, and run
 * through every rule. One function for both places it runs — the validation thread (validering-traad.ts) and the
 * event loop (in-memory databases) — so they answer alike.
 */
import secureJson from 'secure-json-parse';
import ajvCompiler from '@fastify/ajv-compiler';
import { componentSchemas, openApiDocument, unknownFields } from '../openapi.js';
import { schemaCompiler, type Validator } from '../schema-compiler.js';
import { runRules } from '../../rules/engine.js';
import type { Begjaering } from '../../rules/lib/model.js';
import type { RuleContext, Violation } from '../../rules/types.js';
import type { SchemaError } from '../error-mapping.js';
import type { Innsendingsnoekkel } from '../sak/repository.js';

export type Valideringsresultat =
  | { utfall: 'ugyldigJson' }
  | { utfall: 'skjemabrudd'; feil: SchemaError[] }
  | { utfall: 'validert'; ukjenteFelt: string[]; kontrollutslag: Violation[]; noekkel: Innsendingsnoekkel };

let validator: Validator | undefined;

/** The Begjaering schema, compiled once per thread by the compiler Fastify uses, with the app's options. */
function begjaeringSchema(): Validator {
  if (validator) return validator;
  const schemas = Object.fromEntries(componentSchemas(openApiDocument()).map((s) => [s.$id as string, s]));
  validator = schemaCompiler(schemas, ajvCompiler())({ schema: { $ref: 'Begjaering#' }, method: 'POST', url: '/utleggsbegjaering', httpPart: 'body' });
  return validator;
}

/** `tekst` is undefined when the request had no JSON body (none, or another parsed type): the schema says so. */
export function validerTekst(tekst: string | undefined, ctx: RuleContext): Valideringsresultat {
  let begjaering: Begjaering;
  try {
    begjaering = (tekst === undefined ? undefined : secureJson.parse(tekst, undefined, { protoAction: 'error', constructorAction: 'error' })) as Begjaering;
  } catch {
    return { utfall: 'ugyldigJson' };
  }
  const schema = begjaeringSchema();
  if (!schema(begjaering)) return { utfall: 'skjemabrudd', feil: [...(schema.errors ?? [])] };
  return {
    utfall: 'validert',
    ukjenteFelt: unknownFields(openApiDocument(), 'Begjaering', begjaering),
    kontrollutslag: runRules(begjaering, ctx, { endring: false }),
    noekkel: { begjaeringsdato: begjaering.begjaeringsdato, innsenderReferanse: begjaering.innsenderReferanse },
  };
}
