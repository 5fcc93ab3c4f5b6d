/** The OpenAPI document (openapi/utleggsbegjaering.yaml): loaded once, the single source of schemas. */
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.js';

export type JsonSchema = { [key: string]: unknown };

export interface OpenApiDocument {
  openapi: string;
  components: { schemas: Record<string, JsonSchema> };
  [key: string]: unknown;
}

let cached: OpenApiDocument | undefined;

export function openApiDocument(): OpenApiDocument {
  cached ??= load(join(ROOT, 'openapi/utleggsbegjaering.yaml'));
  return cached;
}

/**
 * Parsing the YAML costs a quarter of a second of a cold start (yaml's code is not yet optimised), JSON.parse of the
 * same document under a millisecond: the parsed document is kept as JSON in the temp directory, named by the YAML's
 * hash, so an edited document is parsed afresh. Without a writable temp directory every start parses.
 */
function load(path: string): OpenApiDocument {
  const text = readFileSync(path, 'utf8');
  const cacheFile = join(tmpdir(), `utleggsbegjaering-openapi-${createHash('sha256').update(text).digest('hex').slice(0, 32)}.json`);
  try {
    return JSON.parse(readFileSync(cacheFile, 'utf8')) as OpenApiDocument;
  } catch {
    // not cached yet (or unreadable): parse below
  }
  const { parse } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  const doc = parse(text) as OpenApiDocument;
  try {
    const partial = `${cacheFile}.${randomUUID()}`;
    writeFileSync(partial, JSON.stringify(doc));
    renameSync(partial, cacheFile); // atomic: a parallel start reads the whole file or none
  } catch {
    // read-only temp directory: the next start parses again
  }
  return doc;
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

/** What the unknown-field walk needs of a schema: its properties and its items, $refs resolved. */
interface Shape {
  props: Map<string, Shape> | undefined;
  items: Shape | undefined;
}

const shapes = new WeakMap<JsonSchema, Shape>();

/** The schema's shape, built once per schema object (recursive schemas meet their own cached shape). */
function shapeOf(doc: OpenApiDocument, schema: JsonSchema): Shape {
  const s = resolve(doc, schema);
  let shape = shapes.get(s);
  if (shape) return shape;
  shape = { props: undefined, items: undefined };
  shapes.set(s, shape);
  if (s.items && typeof s.items === 'object') shape.items = shapeOf(doc, s.items as JsonSchema);
  if (s.properties) {
    const props = new Map<string, Shape>();
    for (const [key, child] of Object.entries(s.properties as Record<string, JsonSchema>)) props.set(key, shapeOf(doc, child));
    shape.props = props;
  }
  return shape;
}

const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * JSON pointers of the fields the schema does not describe. The real service tolerates unknown fields, so they
 * are reported (Advarsel header, request log) instead of refused. Runs on every submission: the walk follows
 * precomputed shapes and builds a pointer only for a field it reports.
 */
export function unknownFields(doc: OpenApiDocument, schemaName: string, value: unknown): string[] {
  const found: string[] = [];
  // The keys and indices down to the node being walked; a pointer is built only for a field reported.
  const path: Array<string | number> = [];
  const walk = (shape: Shape, node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      if (!shape.items) return;
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        walk(shape.items, node[i]);
        path.pop();
      }
      return;
    }
    const props = shape.props;
    if (!props) return;
    // for…in, not Object.keys: no array per object (a parsed JSON object has no inherited enumerable keys).
    for (const key in node) {
      const child = props.get(key);
      if (child) {
        const v = (node as Record<string, unknown>)[key];
        if (typeof v !== 'object' || v === null) continue;
        path.push(key);
        walk(child, v);
        path.pop();
      } else found.push(`/${[...path, key].map((p) => escapePointer(String(p))).join('/')}`);
    }
  };
  walk(shapeOf(doc, doc.components.schemas[schemaName] ?? {}), value);
  return found;
}
