/**
 * The error model (SPEC §2): one body carrying both Skatteetaten's general shape {kode, melding, korrelasjonsid}
 * and the ELAN problem-details shape {type, title, status, detail, instance, kontrollutslag}.
 */
import type { Violation } from '../rules/types.js';

/** The seed page's error code table ("Feilkoder"): code → HTTP status and Feilområde. */
export const FEILKODER = {
  'KB-001': { status: 500, tekst: 'Uventet feil på tjenesten.' },
  'KB-002': { status: 500, tekst: 'Uventet feil i et bakenforliggende system.' },
  'KB-003': { status: 404, tekst: 'Ukjent url benyttet.' },
  'KB-004': { status: 401, tekst: 'Feil i forbindelse med autentisering.' },
  'KB-005': { status: 403, tekst: 'Feil i forbindelse med samtykketoken.' },
  'KB-006': { status: 400, tekst: 'Feil i forbindelse med validering av inputdata.' },
  'KB-007': { status: 404, tekst: 'Fant ingen krav/betalinger på angitt identifikator og periode.' },
  'KB-008': { status: 406, tekst: 'Feil tilknyttet dataformat. Kun json eller xml er støttet.' },
  'KB-009': { status: 404, tekst: 'Ingen treff på oppgitt identifikator.' },
} as const;

export type Feilkode = keyof typeof FEILKODER;

export interface ApiErrorOptions {
  kontrollutslag?: Violation[];
  /** Extra response headers, e.g. WWW-Authenticate. */
  headers?: Record<string, string>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly kode: Feilkode,
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
  kontrollutslag?: Violation[];
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
