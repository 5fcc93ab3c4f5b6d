/**
 * Ajv as every schema is compiled: by Fastify for the routes (`lazySchemaController`, an option of server/app.ts) and
 * for the begjæring in server/begjaering/validering.ts (`schemaCompiler`).
 *
 * Lazily, for start-up: Fastify requires its Ajv and fast-json-stringify compilers when the app is created
 * (~60 ms of CPU to load), then builds Ajv with every OpenAPI component and compiles each route's schema as the route
 * is registered (~200 ms, the Begjaering schema most). Here nothing is loaded before a route is first called, and
 * each route compiles its schema then, once.
 */
import { createRequire } from 'node:module';
import type { FastifySchemaCompiler, FastifySchemaValidationError, FastifyServerOptions } from 'fastify';
import type { JsonSchema } from './openapi.js';

const require = createRequire(import.meta.url);

/**
 * `validateSchema: false`: the OpenAPI components are not checked against JSON Schema's meta-schema each time a server
 * builds its Ajv (a third of that build); test/openapi.test.ts registers them with a checking Ajv.
 */
export const AJV_OPTIONS = { allErrors: true, coerceTypes: false, removeAdditional: false, useDefaults: false, strict: false, validateSchema: false } as const;

export type Validator = ((data: unknown) => boolean) & { errors?: FastifySchemaValidationError[] | null };

type RouteSchema = Parameters<FastifySchemaCompiler<unknown>>[0];
type Compile = (route: RouteSchema) => Validator;
type Factories = Required<NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>>;

export type Pool = ReturnType<typeof import('@fastify/ajv-compiler')>;

/** Fastify's Ajv compiler factory: one Ajv for every call with the same schemas and options (its pool). */
const ajvPool = (): Pool => (require('@fastify/ajv-compiler') as typeof import('@fastify/ajv-compiler'))();

/** A compiler for schemas that may `$ref` the given ones by `$id` (`Begjaering#`). */
export function schemaCompiler(schemas: Record<string, unknown>, pool: Pool): Compile {
  return pool(schemas as Record<string, JsonSchema>, { customOptions: AJV_OPTIONS }) as Compile;
}

/** Fastify's serializer factory, loaded only if a route declares a response schema. */
const buildSerializer: Factories['buildSerializer'] = (schemas, options) => {
  const selector = require('@fastify/fast-json-stringify-compiler') as typeof import('@fastify/fast-json-stringify-compiler');
  return selector()(schemas, options);
};

/**
 * Fastify's `schemaController` option for one app: a route's schema is compiled at the route's first request. Fastify
 * asks for a compiler per plugin context; those with the same schemas share one Ajv (the pool), as Fastify's own do.
 * Fastify types the validator factory as Ajv's own (a compiled function with its `schemaEnv`); what Fastify calls is a
 * `FastifySchemaCompiler`, the type `setValidatorCompiler` takes. Without a `schemaEnv`, Fastify calls the validator
 * with the data alone, which suits AJV_OPTIONS (nothing coerced in place).
 */
export function lazySchemaController(): FastifyServerOptions['schemaController'] {
  let pool: Pool | undefined;
  const buildValidator = (schemas: Record<string, unknown>): FastifySchemaCompiler<unknown> => {
    let compile: Compile | undefined;
    return (route) => {
      let validate: Validator | undefined;
      const lazy: Validator = (data) => {
        validate ??= (compile ??= schemaCompiler(schemas, (pool ??= ajvPool())))(route);
        const valid = validate(data);
        lazy.errors = validate.errors;
        return valid;
      };
      return lazy;
    };
  };
  return { compilersFactory: { buildValidator: buildValidator as unknown as Factories['buildValidator'], buildSerializer } };
}
