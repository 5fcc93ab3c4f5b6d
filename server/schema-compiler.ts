/**
 * Ajv as every schema is compiled: by Fastify for the routes (`lazySchemaController`, an option of server/app.ts) and
 * for the begjæring in server/begjaering/validering.ts (`delteSkjemaer`).
 *
 * Lazily, for start-up: by default Fastify loads its Ajv and fast-json-stringify compilers when the app is created
 * (~60 ms of CPU), copies every added schema into each plugin context, and compiles each route's schema as the route is
 * registered. Here nothing is loaded, and no OpenAPI component prepared, before a schema is first used; each route
 * compiles its schema at its first request, once.
 */
import { createRequire } from 'node:module';
import type { FastifySchemaCompiler, FastifySchemaValidationError, FastifyServerOptions } from 'fastify';
import { alleSkjemaer, type JsonSchema } from './openapi.js';

const require = createRequire(import.meta.url);

/**
 * `validateSchema: false`: the OpenAPI components are not checked against JSON Schema's meta-schema each time a thread
 * builds its Ajv (a third of that build); test/openapi.test.ts registers them with a checking Ajv.
 */
export const AJV_OPTIONS = { allErrors: true, coerceTypes: false, removeAdditional: false, useDefaults: false, strict: false, validateSchema: false } as const;

export type Validator = ((data: unknown) => boolean) & { errors?: FastifySchemaValidationError[] | null };

type RouteSchema = Parameters<FastifySchemaCompiler<unknown>>[0];
type Compile = (route: RouteSchema) => Validator;
type Factories = Required<NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>>;
type Pool = ReturnType<typeof import('@fastify/ajv-compiler')>;

let pool: Pool | undefined;
let delt: Compile | undefined;

/** Fastify's Ajv compiler factory, one per thread: one Ajv for every call with the same schemas and options. */
function compilerFor(schemas: Record<string, JsonSchema>): Compile {
  pool ??= (require('@fastify/ajv-compiler') as typeof import('@fastify/ajv-compiler'))();
  return pool(schemas, { customOptions: AJV_OPTIONS }) as Compile;
}

/**
 * The thread's one Ajv with every API version's OpenAPI components (`Begjaering#`, `v2.Begjaering#`): the routes of
 * /v1 and /v2 and the begjæring's validation compile against it, each schema once, at its first use.
 */
export const delteSkjemaer = (): Compile => (delt ??= compilerFor(alleSkjemaer()));

/** Fastify's serializer factory, loaded only if a route declares a response schema. */
const buildSerializer: Factories['buildSerializer'] = (schemas, options) => {
  const selector = require('@fastify/fast-json-stringify-compiler') as typeof import('@fastify/fast-json-stringify-compiler');
  return selector()({ ...alleSkjemaer(), ...(schemas as Record<string, JsonSchema>) }, options);
};

/**
 * Fastify's `schemaController` option: a route's schema is compiled at the route's first request, against the shared
 * Ajv (plus any schema a plugin added with `addSchema`, which none does). Fastify types the validator factory as
 * Ajv's own (a compiled function with its `schemaEnv`); what Fastify calls is a `FastifySchemaCompiler`, the type
 * `setValidatorCompiler` takes. Without a `schemaEnv`, Fastify calls the validator with the data alone, which suits
 * AJV_OPTIONS (nothing coerced in place).
 */
export function lazySchemaController(): FastifyServerOptions['schemaController'] {
  const buildValidator = (egne: Record<string, JsonSchema>): FastifySchemaCompiler<unknown> => {
    let egen: Compile | undefined;
    const compile = () => (Object.keys(egne).length === 0 ? delteSkjemaer() : (egen ??= compilerFor({ ...alleSkjemaer(), ...egne })));
    return (route) => {
      let validate: Validator | undefined;
      const lazy: Validator = (data) => {
        validate ??= compile()(route);
        const valid = validate(data);
        lazy.errors = validate.errors;
        return valid;
      };
      return lazy;
    };
  };
  return { compilersFactory: { buildValidator: buildValidator as unknown as Factories['buildValidator'], buildSerializer } };
}
