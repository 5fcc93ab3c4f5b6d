/**
 * Holds a response against the served OpenAPI document of its version (the /v1 document for everything outside
 * /api/utleggsbegjaering/v2), as a validating proxy in front of the sandbox would: the operation is documented, the
 * status is documented for it, the content type for that status, and a JSON body is valid against its schema. XML,
 * PDF, HTML and other bodies are held to their content type only.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import { componentSchemas, forServer, type JsonSchema, type OpenApiDocument } from '../../server/openapi.js';
import { AJV_OPTIONS } from '../../server/schema-compiler.js';
import { apiFor, type ApiVersjon } from '../../server/api.js';

/** A response as it left the server. */
export interface Svar {
  metode: string;
  /** The request's URL, query string included. */
  url: string;
  status: number;
  /** The Content-Type header, if any. */
  type: string | undefined;
  /** The body as sent; undefined for a stream (a file), which the check does not read. */
  kropp: string | Buffer | undefined;
}

const METODER = new Set(['get', 'put', 'post', 'delete', 'patch', 'options', 'head']);

interface Sti {
  mal: string;
  moenster: RegExp;
  item: JsonSchema;
}

/** One version's document, its paths as patterns and an Ajv with its component schemas. */
class Dokument {
  readonly stier: Sti[];
  readonly #ajv = new Ajv({ ...AJV_OPTIONS, logger: false });
  readonly #kompilert = new WeakMap<JsonSchema, ValidateFunction>();

  constructor(readonly doc: OpenApiDocument) {
    ajvFormats.default(this.#ajv);
    for (const schema of componentSchemas(doc)) this.#ajv.addSchema(schema);
    this.stier = Object.entries(doc.paths)
      .map(([mal, item]) => ({ mal, moenster: moenster(this.#base(item) + mal), item }))
      // A literal segment wins over a parameter: /utleggsbegjaering/valider is not a reference.
      .sort((a, b) => parametre(a.mal) - parametre(b.mal));
  }

  #base(item: JsonSchema): string {
    const url = String(((item.servers ?? this.doc.servers) as JsonSchema[])[0]?.url ?? '');
    return url === '/' ? '' : url;
  }

  /** Follows a `#/components/...` $ref. */
  resolve(node: JsonSchema): JsonSchema {
    let n = node;
    while (typeof n.$ref === 'string') {
      const [, kind, name] = n.$ref.split('/').slice(1);
      n = (this.doc.components as Record<string, Record<string, JsonSchema>>)[kind!]?.[name!] ?? {};
    }
    return n;
  }

  validator(schema: JsonSchema): ValidateFunction {
    let v = this.#kompilert.get(schema);
    if (!v) this.#kompilert.set(schema, (v = this.#ajv.compile(forServer(schema, '') as JsonSchema)));
    return v;
  }
}

const moenster = (sti: string) => new RegExp(`^${sti.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
const parametre = (mal: string) => (mal.match(/\{/g) ?? []).length;
/** The router serves `/sandbox/feil/` as `/sandbox/feil` (autoload's prefix routes), and so does the document. */
const utenSkraastrek = (sti: string) => (sti.length > 1 && sti.endsWith('/') ? sti.slice(0, -1) : sti);

/** The media type of a Content-Type header, lower case, without parameters. */
const medietype = (type: string | undefined) => type?.split(';')[0]!.trim().toLowerCase() ?? '';
const erJson = (type: string) => type === 'application/json' || type.endsWith('+json');

/** The documented media type a sent one falls under: itself, `type/*` or `*\/*`. */
function dokumentertType(content: Record<string, JsonSchema>, type: string): string | undefined {
  return [type, `${type.split('/')[0]}/*`, '*/*'].find((t) => content[t] !== undefined);
}

export class Svarkontroll {
  readonly #dokumenter: Record<ApiVersjon, Dokument>;

  constructor(dokumenter: Readonly<Record<ApiVersjon, OpenApiDocument>>) {
    this.#dokumenter = { v1: new Dokument(dokumenter.v1), v2: new Dokument(dokumenter.v2) };
  }

  /**
   * What the response does that its document does not say, each naming the operation, status and (for a body) the
   * JSON path; empty when it tells the truth.
   */
  brudd(svar: Svar): string[] {
    const dok = this.#dokumenter[apiFor(svar.url)?.versjon === 'v2' ? 'v2' : 'v1'];
    const sti = utenSkraastrek(svar.url.split('?')[0]!);
    const metode = svar.metode.toLowerCase() === 'head' ? 'get' : svar.metode.toLowerCase();
    const funnet = dok.stier.find((s) => s.moenster.test(sti));
    const op = funnet?.item[metode] as JsonSchema | undefined;
    if (!op || !METODER.has(metode)) return this.#udokumentert(dok, svar, sti);
    const hva = `${metode.toUpperCase()} ${funnet!.mal} → ${svar.status}`;
    const responses = op.responses as Record<string, JsonSchema>;
    const respons = responses[svar.status] ?? responses[`${String(svar.status)[0]}XX`] ?? responses.default;
    if (!respons) return [`${hva}: the status is not documented (documented: ${Object.keys(responses).join(', ')})`];
    return this.#innhold(dok, dok.resolve(respons), svar).map((b) => `${hva}: ${b}`);
  }

  /**
   * A path or method the document does not have: fine only as the router's own answer, 404 (or 405) with the error
   * body the document gives for an unknown URL.
   */
  #udokumentert(dok: Dokument, svar: Svar, sti: string): string[] {
    const hva = `${svar.metode} ${sti} is not a documented operation`;
    if (svar.status !== 404 && svar.status !== 405) return [`${hva}, yet answered ${svar.status}`];
    return this.#innhold(dok, dok.resolve({ $ref: '#/components/responses/NotFound' }), svar).map((b) => `${hva}: ${b}`);
  }

  #innhold(dok: Dokument, respons: JsonSchema, svar: Svar): string[] {
    const content = respons.content as Record<string, JsonSchema> | undefined;
    const tom = svar.kropp !== undefined && svar.kropp.length === 0;
    const type = medietype(svar.type);
    if (!content) return tom || svar.metode === 'HEAD' ? [] : [`no body is documented, yet one was sent (${type || 'no Content-Type'})`];
    const dokumentert = dokumentertType(content, type);
    if (!dokumentert) return [`Content-Type ${type || '(none)'} is not documented (documented: ${Object.keys(content).join(', ')})`];
    if (svar.metode === 'HEAD' || svar.kropp === undefined || !erJson(type)) return [];
    if (tom) return [`an empty ${type} body`];
    const schema = content[dokumentert]!.schema as JsonSchema | undefined;
    if (!schema) return [];
    let verdi: unknown;
    try {
      verdi = JSON.parse(svar.kropp.toString());
    } catch {
      return [`the ${type} body is not JSON`];
    }
    const valider = dok.validator(schema);
    if (valider(verdi)) return [];
    return valider.errors!.map((e) => `body${e.instancePath} ${e.message ?? e.keyword} (${JSON.stringify(e.params)})`);
  }
}
