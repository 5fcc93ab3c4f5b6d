/**
 * The error model (SPEC §2): one body carrying both Skatteetaten's general shape {kode, melding, korrelasjonsid}
 * and the ELAN problem-details shape {type, title, status, detail, instance, kontrollutslag}.
 */
import type { Violation } from '../rules/types.js';

/**
 * Every `kode` an error body can carry, with the one HTTP status it goes out with and its title (Feilområde).
 * KB-001 … KB-009 are the seed page's table ("Feilkoder", Skatteetaten's): each goes out only with the status that
 * table gives it. A status the table has no row for (422, 409, 413, 415, 429, 503, 405, 408, 431) carries the sandbox's
 * own code `SANDBOX-<status>` (modelled): Skatteetaten documents the status but no code for it. The newest page says
 * only that a 422 carries "en liste av feil iht tabellen" (the rule table: `kontrollutslag`). The titles of
 * SANDBOX-422 and SANDBOX-503 are the beta specification's descriptions of those statuses; the other SANDBOX titles
 * are the sandbox's own.
 */
export const FEILKODER = {
  'KB-001': { status: 500, tekst: 'Uventet feil på tjenesten.', kilde: 'documented' },
  'KB-002': { status: 500, tekst: 'Uventet feil i et bakenforliggende system.', kilde: 'documented' },
  'KB-003': { status: 404, tekst: 'Ukjent url benyttet.', kilde: 'documented' },
  'KB-004': { status: 401, tekst: 'Feil i forbindelse med autentisering.', kilde: 'documented' },
  'KB-005': { status: 403, tekst: 'Feil i forbindelse med samtykketoken.', kilde: 'documented' },
  'KB-006': { status: 400, tekst: 'Feil i forbindelse med validering av inputdata.', kilde: 'documented' },
  'KB-007': { status: 404, tekst: 'Fant ingen krav/betalinger på angitt identifikator og periode.', kilde: 'documented' },
  'KB-008': { status: 406, tekst: 'Feil tilknyttet dataformat. Kun json eller xml er støttet.', kilde: 'documented' },
  'KB-009': { status: 404, tekst: 'Ingen treff på oppgitt identifikator.', kilde: 'documented' },
  'SANDBOX-405': { status: 405, tekst: 'Metoden støttes ikke på denne url-en.', kilde: 'modelled' },
  'SANDBOX-408': { status: 408, tekst: 'Forespørselen ble ikke mottatt innen tidsfristen.', kilde: 'modelled' },
  'SANDBOX-409': { status: 409, tekst: 'Ressursen er ikke i en tilstand som tillater dette.', kilde: 'modelled' },
  'SANDBOX-413': { status: 413, tekst: 'Forespørselen er for stor.', kilde: 'modelled' },
  'SANDBOX-415': { status: 415, tekst: 'Innholdstypen (Content-Type) støttes ikke av denne operasjonen.', kilde: 'modelled' },
  'SANDBOX-422': { status: 422, tekst: 'Innholdet er ikke godkjent eller kan ikke valideres', kilde: 'modelled' },
  'SANDBOX-429': { status: 429, tekst: 'For mange samtidige kall fra virksomheten.', kilde: 'modelled' },
  'SANDBOX-431': { status: 431, tekst: 'Header-feltene er for store.', kilde: 'modelled' },
  'SANDBOX-503': { status: 503, tekst: 'Tjenesten er midlertidig utilgjengelig', kilde: 'modelled' },
} as const;

export type Feilkode = keyof typeof FEILKODER;
/** The one status a code goes out with. */
export type StatusFor<K extends Feilkode> = (typeof FEILKODER)[K]['status'];

/** One entry of `kontrollutslag`: a rule's or a schema check's finding; `sti` where it points into the body. */
export type Kontrollutslag = Pick<Violation, 'kode' | 'melding' | 'beskrivelse'> & { sti?: string };

export interface ApiErrorOptions {
  kontrollutslag?: Kontrollutslag[];
  /** Extra response headers, e.g. WWW-Authenticate. */
  headers?: Record<string, string>;
}

/** An error answer. The status is typed by the code, so a code cannot go out with another status than its table's. */
export class ApiError<K extends Feilkode = Feilkode> extends Error {
  constructor(
    readonly status: StatusFor<K>,
    readonly kode: K,
    melding: string,
    readonly options: ApiErrorOptions = {},
  ) {
    super(melding);
  }
}

export interface FeilBody {
  kode: Feilkode;
  melding: string;
  korrelasjonsid: string;
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  kontrollutslag?: Kontrollutslag[];
}

export function feilBody(err: ApiError, korrelasjonsid: string, instance: string): FeilBody {
  const body: FeilBody = {
    kode: err.kode,
    melding: err.message,
    korrelasjonsid,
    type: `urn:skatteetaten:utleggsbegjaering:feil:${err.kode}`,
    title: FEILKODER[err.kode].tekst,
    status: err.status,
    detail: err.message,
    instance,
  };
  if (err.options.kontrollutslag) body.kontrollutslag = err.options.kontrollutslag;
  return body;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
/** Drops characters XML 1.0 cannot carry (control characters, lone surrogates). */
const xmlSafe = (s: string) => escapeXml(s.replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ''));
const XML_NAME = /^[A-Za-z_][\w.-]*$/;

function xmlElement(name: string, value: unknown): string {
  const tag = XML_NAME.test(name) ? name : 'felt';
  if (value === null || value === undefined) return `<${tag}/>`;
  if (Array.isArray(value)) return value.map((v) => xmlElement(tag, v)).join('');
  if (typeof value === 'object') {
    const inner = Object.entries(value as Record<string, unknown>).map(([k, v]) => xmlElement(k, v)).join('');
    return `<${tag}>${inner}</${tag}>`;
  }
  return `<${tag}>${xmlSafe(String(value))}</${tag}>`;
}

/** Serialises a JSON value as XML under `root`; arrays repeat their element name (JAXB style). */
export function toXml(root: string, value: Record<string, unknown>, namespace?: string): string {
  const inner = Object.entries(value).map(([k, v]) => xmlElement(k, v)).join('');
  const ns = namespace ? ` xmlns="${namespace}"` : '';
  return `<?xml version="1.0" encoding="UTF-8"?><${root}${ns}>${inner}</${root}>`;
}

export const FEIL_XML_NAMESPACE = 'urn:no:skatteetaten:datasamarbeid:feil:v1';
