/**
 * The conformance report (modelled): which flows an organisation has exercised, held against what Skatteetaten asks
 * vendors to test before production. A logged request is classified into flows here; the request log counts them.
 */
import { apiFor, underApi } from '../api.js';

/** The checklist lines the report is held against (Skatteetaten's wording, copied). */
const SJEKKLISTE = 'Sjekkliste: «test full flyt: innsending, feilhåndtering og validering»';
const TEST1_INNSENDING = 'Testplan, Test 1: «Innsending med tilbakemelding om at melding er mottatt (201 med saksref eller 4xx)»';
const TEST1_VALIDERING = 'Testplan, Test 1: «Tilgang til valideringstjenesten før innsending (logisk kontroll og format)»';
const TEST2_STATUS = 'Testplan, Test 2: «Hent status på sak»';

export interface Sjekkpunkt {
  id: string;
  beskrivelse: string;
  kilde: string;
}

/** The flows, in the order a vendor meets them. */
export const SJEKKPUNKTER: readonly Sjekkpunkt[] = [
  { id: 'token', beskrivelse: 'Hente et Maskinporten-token og bruke det mot API-et', kilde: SJEKKLISTE },
  { id: 'vedlegg', beskrivelse: 'Laste opp vedlegg (POST /vedlegg → 201)', kilde: SJEKKLISTE },
  { id: 'validering', beskrivelse: 'Validere før innsending (POST /utleggsbegjaering/valider → 204 eller 422)', kilde: TEST1_VALIDERING },
  { id: 'innsending', beskrivelse: 'Sende inn en begjæring (POST /utleggsbegjaering → 201 med eksternSaksreferanse)', kilde: TEST1_INNSENDING },
  { id: 'endring', beskrivelse: 'Endre en innsendt begjæring (PUT /utleggsbegjaering/{ref} → 204)', kilde: SJEKKLISTE },
  { id: 'status', beskrivelse: 'Hente status på sak (GET /status/{ref} → 200)', kilde: TEST2_STATUS },
  { id: 'hendelser', beskrivelse: 'Hente hendelser ved polling (GET /hendelser → 200)', kilde: TEST2_STATUS },
  { id: 'feil400', beskrivelse: 'Håndtere 400 (skjemafeil, KB-006)', kilde: TEST1_INNSENDING },
  { id: 'feil401', beskrivelse: 'Håndtere 401 (manglende eller ugyldig token, KB-004)', kilde: SJEKKLISTE },
  { id: 'feil403', beskrivelse: 'Håndtere 403 (mangler tilgang, KB-005)', kilde: SJEKKLISTE },
  { id: 'feil404', beskrivelse: 'Håndtere 404 (ukjent sak eller url, KB-009/KB-003)', kilde: SJEKKLISTE },
  { id: 'feil406', beskrivelse: 'Håndtere 406 (Accept annet enn json/xml, KB-008)', kilde: SJEKKLISTE },
  { id: 'feil415', beskrivelse: 'Håndtere 415 (Content-Type annet enn json)', kilde: SJEKKLISTE },
  { id: 'feil422', beskrivelse: 'Håndtere 422 med kontrollutslag (logisk kontroll)', kilde: TEST1_INNSENDING },
  { id: 'feil5xx', beskrivelse: 'Håndtere 500 KB-002 og 503 med Retry-After (prøv med POST /sandbox/feil)', kilde: SJEKKLISTE },
];

const FEILKLASSER = new Set([400, 401, 403, 404, 406, 415, 422]);

/** [method, path under the base path, the statuses that count] → flow. */
const API_FLYTER: [string, RegExp, (status: number) => boolean, string][] = [
  ['POST', /^\/vedlegg\/?$/, (s) => s === 201, 'vedlegg'],
  ['POST', /^\/utleggsbegjaering\/valider\/?$/, (s) => s === 204 || s === 422, 'validering'],
  ['PUT', /^\/utleggsbegjaering\/valider\/[^/]+$/, (s) => s === 204 || s === 422, 'validering'],
  ['POST', /^\/utleggsbegjaering\/?$/, (s) => s === 201, 'innsending'],
  ['PUT', /^\/utleggsbegjaering\/[^/]+$/, (s) => s === 204, 'endring'],
  ['GET', /^\/status\/[^/]+$/, (s) => s === 200, 'status'],
  ['GET', /^\/hendelser\/?$/, (s) => s === 200, 'hendelser'],
];

const TOKEN_STIER = new Set(['/maskinporten/token', '/sandbox/token']);

export interface Klassifisering {
  metode: string;
  /** The path without the query. */
  sti: string;
  status: number;
  /** True when the organisation was taken from a verified token (not from a rejected one). */
  verifisert: boolean;
}

/** The flows one logged request counts for. */
export function flyter({ metode, sti, status, verifisert }: Klassifisering): string[] {
  if (TOKEN_STIER.has(sti)) return metode === 'POST' && status === 200 ? ['token'] : [];
  const api = apiFor(sti);
  if (!api) return [];
  const under = underApi(api, sti);
  const funnet: string[] = [];
  if (verifisert) funnet.push('token');
  const flyt = API_FLYTER.find(([m, re]) => m === metode && re.test(under));
  if (flyt && verifisert && flyt[2](status)) funnet.push(flyt[3]);
  if (FEILKLASSER.has(status)) funnet.push(`feil${status}`);
  else if (status === 500 || status === 503) funnet.push('feil5xx');
  return funnet;
}

export interface Teller {
  art: 'flyt' | 'kode';
  navn: string;
  antall: number;
  sist: string;
}

export interface RapportPunkt extends Sjekkpunkt {
  oppfylt: boolean;
  antall: number;
  sist?: string;
}

export interface Rapport {
  orgnr: string;
  generert: string;
  oppfylt: number;
  totalt: number;
  sjekkliste: RapportPunkt[];
  regelkoderUtloest: string[];
  regelkoderIkkeUtloest: string[];
  koder: { kode: string; antall: number; sist: string }[];
}

/** The report from the organisation's counters; `regelkoder` are the codes of the rules the engine runs. */
export function lagRapport(orgnr: string, tellere: Teller[], regelkoder: readonly string[], generert: Date): Rapport {
  const flyt = new Map(tellere.filter((t) => t.art === 'flyt').map((t) => [t.navn, t]));
  const koder = tellere.filter((t) => t.art === 'kode').map(({ navn, antall, sist }) => ({ kode: navn, antall, sist }));
  const sett = new Set(koder.map((k) => k.kode));
  const sjekkliste = SJEKKPUNKTER.map((punkt): RapportPunkt => {
    const t = flyt.get(punkt.id);
    return { ...punkt, oppfylt: t !== undefined, antall: t?.antall ?? 0, ...(t && { sist: t.sist }) };
  });
  return {
    orgnr,
    generert: generert.toISOString(),
    oppfylt: sjekkliste.filter((p) => p.oppfylt).length,
    totalt: sjekkliste.length,
    sjekkliste,
    regelkoderUtloest: regelkoder.filter((k) => sett.has(k)),
    regelkoderIkkeUtloest: regelkoder.filter((k) => !sett.has(k)),
    koder: koder.sort((a, b) => b.antall - a.antall || a.kode.localeCompare(b.kode)),
  };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/** The report as a readable page (GET /sandbox/rapport with Accept: text/html or ?format=html). */
export function rapportHtml(r: Rapport): string {
  const rad = (p: RapportPunkt) =>
    `<tr class="${p.oppfylt ? 'ok' : 'mangler'}"><td>${p.oppfylt ? '✔' : '✘'}</td><td>${escapeHtml(p.beskrivelse)}` +
    `<div class="kilde">${escapeHtml(p.kilde)}</div></td><td>${p.antall}</td><td>${escapeHtml(p.sist ?? '')}</td></tr>`;
  const liste = (koder: string[]) => (koder.length ? koder.map((k) => `<code>${escapeHtml(k)}</code>`).join(' ') : '<em>ingen</em>');
  return `<!doctype html>
<html lang="no"><head><meta charset="utf-8"><title>Samsvarsrapport ${escapeHtml(r.orgnr)}</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2733}
table{border-collapse:collapse;width:100%}td,th{padding:.35rem .5rem;border-bottom:1px solid #dde3ea;text-align:left;vertical-align:top}
tr.ok td:first-child{color:#17803d}tr.mangler td:first-child{color:#b3261e}.kilde{color:#5b6774;font-size:.85em}
code{background:#eef2f6;padding:0 .25rem;border-radius:3px;margin:0 .1rem;display:inline-block}
</style></head><body>
<h1>Samsvarsrapport for ${escapeHtml(r.orgnr)}</h1>
<p>${r.oppfylt} av ${r.totalt} punkter er prøvd. Generert ${escapeHtml(r.generert)} (sandbox-tid).</p>
<table><thead><tr><th></th><th>Flyt</th><th>Antall</th><th>Sist</th></tr></thead><tbody>
${r.sjekkliste.map(rad).join('\n')}
</tbody></table>
<h2>Regelkoder utløst (${r.regelkoderUtloest.length})</h2><p>${liste(r.regelkoderUtloest)}</p>
<h2>Regelkoder ikke utløst ennå (${r.regelkoderIkkeUtloest.length})</h2><p>${liste(r.regelkoderIkkeUtloest)}</p>
</body></html>`;
}
