/**
 * The OpenAPI documents, one per API version (openapi/): the single source of schemas. /v1's is
 * `utleggsbegjaering.yaml` as written; /v2's is that document with the overlay `utleggsbegjaering-v2.yaml` laid on
 * it (its info, servers and examples, and its schemas by name), less the schemas no path reaches any more.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.js';
import { API_VERSJONER, type ApiVersjon } from './api.js';

export type JsonSchema = { [key: string]: unknown };

export interface OpenApiDocument {
  openapi: string;
  info: JsonSchema;
  servers: JsonSchema[];
  paths: Record<string, JsonSchema>;
  components: { schemas: Record<string, JsonSchema>; [kind: string]: Record<string, JsonSchema> };
  [key: string]: unknown;
}

/** The overlay's parts: what replaces the base's. */
interface Overlay {
  info: JsonSchema;
  servers: JsonSchema[];
  'x-eksempler': Record<string, JsonSchema>;
  components: { schemas: Record<string, JsonSchema> };
}

const FILER: Record<ApiVersjon, string[]> = {
  v1: ['openapi/utleggsbegjaering.yaml'],
  v2: ['openapi/utleggsbegjaering.yaml', 'openapi/utleggsbegjaering-v2.yaml'],
};

const cached = new Map<ApiVersjon, OpenApiDocument>();

/** The served document of an API version. */
export function openApiDocument(versjon: ApiVersjon): OpenApiDocument {
  let doc = cached.get(versjon);
  if (!doc) {
    const [base, ...overlays] = FILER[versjon].map((f) => readYaml(join(ROOT, f)));
    doc = base as OpenApiDocument;
    for (const overlay of overlays as unknown as Overlay[]) doc = layOver(doc, overlay);
    doc = withLimits(withExamples(prune(doc)));
    cached.set(versjon, doc);
  }
  return doc;
}

function layOver(base: OpenApiDocument, overlay: Overlay): OpenApiDocument {
  return {
    ...base,
    info: overlay.info,
    servers: overlay.servers,
    'x-eksempler': overlay['x-eksempler'],
    components: { ...base.components, schemas: { ...base.components.schemas, ...overlay.components.schemas } },
  };
}

const REF_PREFIX = '#/components/schemas/';

/** Every schema name a node refers to, directly. */
function refsIn(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) return node.forEach((n) => refsIn(n, out));
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith(REF_PREFIX)) out.add(value.slice(REF_PREFIX.length));
    else refsIn(value, out);
  }
}

/** Drops the schemas that nothing outside components.schemas reaches (those the overlay made orphans). */
function prune(doc: OpenApiDocument): OpenApiDocument {
  const { schemas, ...others } = doc.components;
  const reached = new Set<string>();
  refsIn([doc.paths, others], reached);
  const queue = [...reached];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    const found = new Set<string>();
    refsIn(schemas[name], found);
    for (const n of found) if (!reached.has(n)) reached.add(n), queue.push(n);
  }
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => reached.has(name)));
  return { ...doc, components: { ...doc.components, schemas: kept } };
}

/** Where a schema names no other limit (modelled: Skatteetaten publishes none; the document says so). */
export const STANDARD_GRENSER = { maxLength: 10_000, maxItems: 10_000 } as const;

/** Every string and list schema without a limit gets the standard one, in the served document and the server alike. */
function withLimits(doc: OpenApiDocument): OpenApiDocument {
  const limit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(limit);
    if (node === null || typeof node !== 'object') return node;
    const out: JsonSchema = {};
    for (const [key, value] of Object.entries(node)) out[key] = key === 'examples' || key === 'example' ? value : limit(value);
    if (out.type === 'string' && out.maxLength === undefined && out.enum === undefined && out.const === undefined) out.maxLength = STANDARD_GRENSER.maxLength;
    if (out.type === 'array' && out.maxItems === undefined) out.maxItems = STANDARD_GRENSER.maxItems;
    return out;
  };
  return { ...doc, components: { ...doc.components, schemas: limit(doc.components.schemas) as Record<string, JsonSchema> } };
}

/** The request examples (`x-eksempler`, each naming its file) as the Begjaering request body's `examples`. */
function withExamples(doc: OpenApiDocument): OpenApiDocument {
  const { 'x-eksempler': eksempler, ...rest } = doc as OpenApiDocument & { 'x-eksempler'?: Record<string, JsonSchema> };
  if (!eksempler) return doc;
  const examples = Object.fromEntries(
    Object.entries(eksempler).map(([name, { 'x-eksempelfil': fil, ...example }]) => [
      name,
      { ...example, value: JSON.parse(readFileSync(join(ROOT, String(fil)), 'utf8')) as unknown },
    ]),
  );
  const body = rest.components.requestBodies!.Begjaering!;
  const content = body.content as Record<string, JsonSchema>;
  const json = { ...content['application/json'], examples };
  const requestBodies = { ...rest.components.requestBodies, Begjaering: { ...body, content: { ...content, 'application/json': json } } };
  return { ...rest, components: { ...rest.components, requestBodies } } as OpenApiDocument;
}

/**
 * Parsing the YAML costs a quarter of a second of a cold start (yaml's code is not yet optimised), JSON.parse of the
 * same document under a millisecond: the parsed document is kept as JSON in the temp directory, named by the YAML's
 * hash, so an edited document is parsed afresh. Without a writable temp directory every start parses.
 */
function readYaml(path: string): JsonSchema {
  const text = readFileSync(path, 'utf8');
  const cacheFile = join(tmpdir(), `utleggsbegjaering-openapi-${createHash('sha256').update(text).digest('hex').slice(0, 32)}.json`);
  try {
    return JSON.parse(readFileSync(cacheFile, 'utf8')) as JsonSchema;
  } catch {
    // not cached yet (or unreadable): parse below
  }
  const { parse } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  const doc = parse(text) as JsonSchema;
  try {
    const partial = `${cacheFile}.${randomUUID()}`;
    writeFileSync(partial, JSON.stringify(doc));
    renameSync(partial, cacheFile); // atomic: a parallel start reads the whole file or none
  } catch {
    // read-only temp directory: the next start parses again
  }
  return doc;
}

/**
 * The schema as the server compiles it: `#/components/schemas/X` becomes `<ns>X#` (each component is registered with
 * Ajv under its own $id, a version's in its namespace), and a required key that has an alias (`x-alias-for`) is left
 * to the walk below, which accepts either spelling.
 */
export function forServer(node: unknown, ns: string): unknown {
  if (Array.isArray(node)) return node.map((n) => forServer(n, ns));
  if (node === null || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === '$ref' && typeof value === 'string' && value.startsWith(REF_PREFIX) ? `${ns}${value.slice(REF_PREFIX.length)}#` : forServer(value, ns);
  }
  const aliased = aliasesOf(out);
  if (aliased.size > 0 && Array.isArray(out.required)) out.required = out.required.filter((k) => ![...aliased.values()].includes(k as string));
  return out;
}

/** alias key → canonical key, from a schema's properties. */
function aliasesOf(schema: JsonSchema): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, child] of Object.entries((schema.properties as Record<string, JsonSchema> | undefined) ?? {})) {
    if (typeof child['x-alias-for'] === 'string') out.set(key, child['x-alias-for']);
  }
  return out;
}

/** Every component schema with `$id` = `<ns>` + its name, ready for Ajv's `addSchema`. */
export function componentSchemas(doc: OpenApiDocument, ns = ''): JsonSchema[] {
  return Object.entries(doc.components.schemas).map(([name, schema]) => ({ ...(forServer(schema, ns) as JsonSchema), $id: `${ns}${name}` }));
}

let alle: Record<string, JsonSchema> | undefined;

/**
 * Every version's component schemas by `$id`, each in its version's namespace (`Begjaering`, `v2.Begjaering`;
 * `Api.skjemaer`): what a route's or the begjæring's schema may `$ref` (server/schema-compiler.ts).
 */
export function alleSkjemaer(): Record<string, JsonSchema> {
  alle ??= Object.fromEntries(
    API_VERSJONER.flatMap((api) => componentSchemas(openApiDocument(api.versjon), api.skjemaer)).map((s) => [s.$id as string, s]),
  );
  return alle;
}

function resolve(doc: OpenApiDocument, schema: JsonSchema): JsonSchema {
  let s = schema;
  while (typeof s.$ref === 'string' && s.$ref.startsWith(REF_PREFIX)) s = doc.components.schemas[s.$ref.slice(REF_PREFIX.length)] ?? {};
  return s;
}

/** What the walk needs of a schema: its properties and its items ($refs resolved), and the model's own constraints. */
interface Shape {
  props: Map<string, Shape> | undefined;
  items: Shape | undefined;
  /** [alias key, canonical key] pairs (`x-alias-for` on a property); an array, so the walk allocates no entries. */
  aliases: ReadonlyArray<readonly [string, string]> | undefined;
  /** Canonical keys that are required, each with the aliases that satisfy it too. */
  requiredWithAlias: ReadonlyArray<{ key: string; aliases: readonly string[] }> | undefined;
  /** At most one of these keys (`x-kun-en-av`). */
  kunEnAv: string[] | undefined;
}

const shapes = new WeakMap<JsonSchema, Shape>();

/** The schema's shape, built once per schema object (recursive schemas meet their own cached shape). */
function shapeOf(doc: OpenApiDocument, schema: JsonSchema): Shape {
  const s = resolve(doc, schema);
  let shape = shapes.get(s);
  if (shape) return shape;
  shape = { props: undefined, items: undefined, aliases: undefined, requiredWithAlias: undefined, kunEnAv: undefined };
  shapes.set(s, shape);
  if (s.items && typeof s.items === 'object') shape.items = shapeOf(doc, s.items as JsonSchema);
  if (s.properties) {
    const props = new Map<string, Shape>();
    for (const [key, child] of Object.entries(s.properties as Record<string, JsonSchema>)) props.set(key, shapeOf(doc, child));
    shape.props = props;
    const aliases = [...aliasesOf(s)];
    if (aliases.length > 0) {
      shape.aliases = aliases;
      const required = ((s.required as string[] | undefined) ?? [])
        .map((key) => ({ key, aliases: aliases.filter(([, canonical]) => canonical === key).map(([alias]) => alias) }))
        .filter((r) => r.aliases.length > 0);
      if (required.length > 0) shape.requiredWithAlias = required;
    }
  }
  if (Array.isArray(s['x-kun-en-av'])) shape.kunEnAv = s['x-kun-en-av'] as string[];
  return shape;
}

const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** A schema error of the walk, in Ajv's form (so both leave through the same 400). */
export interface WalkError {
  keyword: 'required' | 'x-alias-for' | 'x-kun-en-av';
  instancePath: string;
  message: string;
  params: Record<string, unknown>;
}

export interface Walk {
  /** JSON pointers of fields the schema does not describe (tolerated, reported in the Advarsel header). */
  unknown: string[];
  /** Aliases read in place of their canonical key: the alias's pointer and the canonical key. */
  aliases: Array<{ sti: string; canonical: string }>;
  /** What the model forbids beyond JSON Schema: both spellings with different values, two kinds of one-of. */
  errors: WalkError[];
}

const NONE: readonly never[] = [];

/** True when the object has none of the keys. */
function absent(obj: Record<string, unknown>, keys: readonly string[]): boolean {
  for (const key of keys) if (obj[key] !== undefined) return false;
  return true;
}

/** How many of the keys the object gives a value (not null). */
function given(obj: Record<string, unknown>, keys: readonly string[]): number {
  let n = 0;
  for (const key of keys) if (obj[key] !== undefined && obj[key] !== null) n++;
  return n;
}

/** Deep equality of two JSON values (an alias beside its canonical key is harmless when they agree). */
function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Walks a body against the schema: the fields it does not know, the aliases it used and the model's constraints the
 * schema cannot say (`x-alias-for`, `x-kun-en-av`). Runs on every submission: it follows precomputed shapes and
 * builds a pointer only for what it reports.
 */
export function walk(doc: OpenApiDocument, schemaName: string, value: unknown): Walk {
  const result: Walk = { unknown: [], aliases: [], errors: [] };
  // The keys and indices down to the node being walked.
  const path: Array<string | number> = [];
  const here = (...more: string[]) => `/${[...path, ...more].map((p) => escapePointer(String(p))).join('/')}`.replace(/^\/$/, '');
  const visit = (shape: Shape, node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      if (!shape.items) return;
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        visit(shape.items, node[i]);
        path.pop();
      }
      return;
    }
    const props = shape.props;
    if (!props) return;
    const obj = node as Record<string, unknown>;
    if (shape.aliases) checkAliases(shape, obj);
    if (shape.kunEnAv) checkOneOf(shape.kunEnAv, obj);
    // for…in, not Object.keys: no array per object (a parsed JSON object has no inherited enumerable keys).
    for (const key in obj) {
      const child = props.get(key);
      if (child) {
        const v = obj[key];
        if (typeof v !== 'object' || v === null) continue;
        path.push(key);
        visit(child, v);
        path.pop();
      } else result.unknown.push(here(key));
    }
  };
  const checkAliases = (shape: Shape, obj: Record<string, unknown>): void => {
    for (const [alias, canonical] of shape.aliases!) {
      if (obj[alias] === undefined) continue;
      if (obj[canonical] === undefined) result.aliases.push({ sti: here(alias), canonical });
      else if (!sameJson(obj[alias], obj[canonical])) {
        result.errors.push({
          keyword: 'x-alias-for',
          instancePath: here(alias),
          message: `og ${here(canonical)} er samme felt med ulike verdier; send bare ${canonical}`,
          params: { alias, canonical },
        });
      }
    }
    for (const { key, aliases } of shape.requiredWithAlias ?? NONE) {
      if (obj[key] === undefined && absent(obj, aliases)) {
        result.errors.push({ keyword: 'required', instancePath: here(), message: `must have required property '${key}'`, params: { missingProperty: key } });
      }
    }
  };
  const checkOneOf = (keys: string[], obj: Record<string, unknown>): void => {
    if (given(obj, keys) > 1) {
      const present = keys.filter((k) => obj[k] !== undefined && obj[k] !== null);
      result.errors.push({
        keyword: 'x-kun-en-av',
        instancePath: here(),
        message: `kan ha bare én av ${keys.join(', ')}; fant ${present.join(', ')}`,
        params: { present },
      });
    }
  };
  visit(shapeOf(doc, doc.components.schemas[schemaName] ?? {}), value);
  return result;
}
