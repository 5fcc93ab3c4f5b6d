/** The OpenAPI document (openapi/utleggsbegjaering.yaml): loaded once, the single source of schemas. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './paths.js';

export type JsonSchema = { [key: string]: unknown };

export interface OpenApiDocument {
  openapi: string;
  components: { schemas: Record<string, JsonSchema> };
  [key: string]: unknown;
}

let cached: OpenApiDocument | undefined;

export function openApiDocument(): OpenApiDocument {
  cached ??= parse(readFileSync(join(ROOT, 'openapi/utleggsbegjaering.yaml'), 'utf8')) as OpenApiDocument;
  return cached;
}

const REF_PREFIX = '#/components/schemas/';

/** Rewrites `#/components/schemas/X` to `X#` so each component can be registered with Ajv under its own $id. */
function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === '$ref' && typeof value === 'string' && value.startsWith(REF_PREFIX) ? `${value.slice(REF_PREFIX.length)}#` : rewriteRefs(value);
  }
  return out;
}

/** Every component schema with `$id` = its name, ready for `app.addSchema`. */
export function componentSchemas(doc: OpenApiDocument): JsonSchema[] {
  return Object.entries(doc.components.schemas).map(([name, schema]) => ({ ...(rewriteRefs(schema) as JsonSchema), $id: name }));
}

function resolve(doc: OpenApiDocument, schema: JsonSchema): JsonSchema {
  let s = schema;
  while (typeof s.$ref === 'string' && s.$ref.startsWith(REF_PREFIX)) s = doc.components.schemas[s.$ref.slice(REF_PREFIX.length)] ?? {};
  return s;
}

const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * JSON pointers of the fields the schema does not describe. The real service tolerates unknown fields, so they
 * are reported (Advarsel header, request log) instead of refused.
 */
export function unknownFields(doc: OpenApiDocument, schemaName: string, value: unknown): string[] {
  const found: string[] = [];
  const walk = (schema: JsonSchema, node: unknown, path: string) => {
    const s = resolve(doc, schema);
    if (Array.isArray(node)) {
      if (s.items && typeof s.items === 'object') node.forEach((item, i) => walk(s.items as JsonSchema, item, `${path}/${i}`));
      return;
    }
    if (node === null || typeof node !== 'object' || !s.properties) return;
    const props = s.properties as Record<string, JsonSchema>;
    for (const [key, child] of Object.entries(node)) {
      const childPath = `${path}/${escapePointer(key)}`;
      if (Object.hasOwn(props, key)) walk(props[key]!, child, childPath);
      else found.push(childPath);
    }
  };
  walk(doc.components.schemas[schemaName] ?? {}, value, '');
  return found;
}
