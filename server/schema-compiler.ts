/**
 * Ajv as every schema is compiled: by Fastify for the routes (`RouteSchemas`, the `schemaController` of server/app.ts)
 * and for the begjæring in server/begjaering/validering.ts (`schemaCompiler`).
 *
 * Lazily, for start-up: Fastify requires its Ajv and fast-json-stringify compilers when the app is created
 * (~60 ms of CPU to load), then builds Ajv with every OpenAPI component and compiles each route's schema as the route
 * is registered (~200 ms, the Begjaering schema most). Here nothing is loaded before the server listens: a route's
 * schema is compiled at its first request, or before, when the server is idle (plugins/app/warm-up.ts).
 */
import { createRequire } from 'node:module';
import type { FastifySchemaCompiler, FastifySchemaValidationError, FastifyServerOptions } from 'fastify';
import type { JsonSchema } from './openapi.js';

const require = createRequire(import.meta.url);

export const AJV_OPTIONS = { allErrors: true, coerceTypes: false, removeAdditional: false, useDefaults: false, strict: false } as const;

export type Validator = ((data: unknown) => boolean) & { errors?: FastifySchemaValidationError[] | null };

type RouteSchema = Parameters<FastifySchemaCompiler<unknown>>[0];
type Compile = (route: RouteSchema) => Validator;
type Factories = Required<NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>>;

/** A compiler for schemas that may `$ref` the given ones by `$id` (`Begjaering#`). */
export function schemaCompiler(schemas: Record<string, unknown>): Compile {
  const ajvCompiler = require('@fastify/ajv-compiler') as typeof import('@fastify/ajv-compiler');
  return ajvCompiler()(schemas as Record<string, JsonSchema>, { customOptions: AJV_OPTIONS }) as Compile;
}

/** Fastify's serializer factory, loaded only if a route declares a response schema. */
const buildSerializer: Factories['buildSerializer'] = (schemas, options) => {
  const selector = require('@fastify/fast-json-stringify-compiler') as typeof import('@fastify/fast-json-stringify-compiler');
  return selector()(schemas, options);
};

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** One app's route schemas: compiled at a route's first request, or by `compilePending` when the app is idle. */
export class RouteSchemas {
  /** A route's compilation, until it has run. */
  private readonly pending = new Set<() => Validator>();

  /**
   * For Fastify's `schemaController` option. Fastify types the validator factory as Ajv's own (a compiled function
   * with its `schemaEnv`); what Fastify calls is a `FastifySchemaCompiler`, the type `setValidatorCompiler` takes.
   * Without a `schemaEnv`, Fastify calls the validator with the data alone, which suits AJV_OPTIONS (nothing coerced
   * in place).
   */
  readonly controller: FastifyServerOptions['schemaController'] = {
    compilersFactory: { buildValidator: this.buildValidator.bind(this) as unknown as Factories['buildValidator'], buildSerializer },
  };

  /** How many route schemas are not compiled yet. */
  get uncompiled(): number {
    return this.pending.size;
  }

  /** Compiles every route schema not compiled yet, one per turn of the event loop (requests go between). */
  async compilePending(): Promise<void> {
    for (const compile of this.pending) {
      compile();
      await nextTurn();
    }
  }

  private buildValidator(schemas: Record<string, unknown>): FastifySchemaCompiler<unknown> {
    let compiler: Compile | undefined;
    return (route) => {
      let validate: Validator | undefined;
      const compile = () => {
        if (!validate) {
          validate = (compiler ??= schemaCompiler(schemas))(route);
          this.pending.delete(compile);
        }
        return validate;
      };
      this.pending.add(compile);
      const lazy: Validator = (data) => {
        const compiled = compile();
        const valid = compiled(data);
        lazy.errors = compiled.errors;
        return valid;
      };
      return lazy;
    };
  }
}
