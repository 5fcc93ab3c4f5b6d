/**
 * The conformance report (modelled): which flows an organisation has exercised, under which API version, held
 * against what Skatteetaten asks vendors to test before production. A logged request is classified into flows here;
 * the request log counts them per version (server/sandbox/logg.ts), with the betjeningskart checkpoints
 * (server/sandbox/oppslag.ts).
 */
import { API_VERSJONER, apiFor, underApi, type ApiVersjon } from '../api.js';
import type { Modellversjon } from '../../rules/lib/modell.js';
import type { SandboxModus } from '../config.js';
import { FOER_INNSENDING, IKKE_UNOEDIG, VINDU_MINUTTER } from './oppslag.js';
import { MAKS_SAMTIDIGE, PAAKREVDE_HODER, type Kallbrudd } from '../etikette.js';

/** The checklist lines the report is held against (Skatteetaten's wording, copied). */
const SJEKKLISTE = 'Sjekkliste: «test full flyt: innsending, feilhåndtering og validering»';
const TESTMILJOE =
  'Sjekkliste: «Koble til Skatteetatens testmiljø: https://api-test.sits.no»; Om testmiljøet: «URL til testmiljøet er https://api-test.sits.no/api/utleggsbegjaering/v2»';
const TEST1_INNSENDING = 'Testplan, Test 1: «Innsending med tilbakemelding om at melding er mottatt (201 med saksref eller 4xx)»';
const TEST1_VALIDERING = 'Testplan, Test 1: «Tilgang til valideringstjenesten før innsending (logisk kontroll og format)»';
const TEST2_STATUS = 'Testplan, Test 2: «Hent status på sak»';
const RETT_I_FORKANT = 'Overgangsperioden: «Tjenesten skal kalles rett i forkant av innsending av en ny utleggsbegjæring gjennom API»';
const IKKE_UNOEDIG_KILDE = 'Overgangsperioden: «Vi ønsker ikke at dere kaller tjenesten unødig»';
const PUBLISERT_SPESIFIKASJON = 'Publisert spesifikasjon (beta): KlientId, Korrelasjonsid og Meldingsid er «required: true»';
const BRUK = 'Bruk av tjenestene: «Det bør ikke være mer enn 5 samtidige kall ("tråder") for et api fra en virksomhet»';

export interface Sjekkpunkt {
  id: string;
  beskrivelse: string;
  kilde: string;
  /** The flow counted for it (default: its id). */
  flyt?: string;
  /** Only calls under these API versions count (default: every call). */
  versjoner?: readonly ApiVersjon[];
  /** Doing it wrong is counted too (`avvik`); the point is met only while that count is 0. */
  avvik?: true;
}

/** The flows, in the order a vendor meets them. */
export const SJEKKPUNKTER: readonly Sjekkpunkt[] = [
  { id: 'token', beskrivelse: 'Hente et Maskinporten-token og bruke det mot API-et', kilde: SJEKKLISTE },
  { id: 'testmiljoe', beskrivelse: 'Kalle API-et under /api/utleggsbegjaering/v2 med et gyldig token', kilde: TESTMILJOE, flyt: 'token', versjoner: ['v2'] },
  {
    id: 'hoder',
    beskrivelse: `Sende headerne ${PAAKREVDE_HODER.join(', ')} i hvert kall til API-et som spesifikasjonen krever; avvik: et kall uten`,
    kilde: PUBLISERT_SPESIFIKASJON,
    avvik: true,
  },
  {
    id: 'samtidighet',
    beskrivelse: `Høyst ${MAKS_SAMTIDIGE} samtidige kall til API-et fra virksomheten; avvik: et kall ut over ${MAKS_SAMTIDIGE}`,
    kilde: BRUK,
    avvik: true,
  },
  { id: 'vedlegg', beskrivelse: 'Laste opp vedlegg (POST /vedlegg → 201)', kilde: SJEKKLISTE },
  { id: 'validering', beskrivelse: 'Validere før innsending (POST /utleggsbegjaering/valider → 204 eller 422)', kilde: TEST1_VALIDERING },
  {
    id: FOER_INNSENDING,
    beskrivelse: `Slå opp hver saksøkt i betjeningskartet (POST /betjeningskart) høyst ${VINDU_MINUTTER} minutter (sandbox-tid) før hver innsending; avvik: en innsending uten`,
    kilde: RETT_I_FORKANT,
    avvik: true,
  },
  { id: 'innsending', beskrivelse: 'Sende inn en begjæring (POST /utleggsbegjaering → 201 med eksternSaksreferanse)', kilde: TEST1_INNSENDING },
  {
    id: IKKE_UNOEDIG,
    beskrivelse: `Oppslag i betjeningskartet (svar nytt) fulgt av en innsending for den saksøkte innen ${VINDU_MINUTTER} minutter; avvik: et unødig oppslag`,
    kilde: IKKE_UNOEDIG_KILDE,
    avvik: true,
  },
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

/** The etiquette checkpoints one verified API call counts for, each kept (false) or broken (true). */
export function etikettepunkter(brudd: Kallbrudd | undefined): [string, boolean][] {
  return [
    ['hoder', (brudd?.manglendeHoder.length ?? 0) > 0],
    ['samtidighet', brudd?.samtidige !== undefined],
  ];
}

export interface Teller {
  /** flyt: a flow done; avvik: a checkpoint done wrong; kode: an error or rule code answered. */
  art: 'flyt' | 'avvik' | 'kode';
  navn: string;
  /** The API version it was counted under; null outside the API (the token endpoints) or counted before versions were. */
  versjon: ApiVersjon | null;
  antall: number;
  sist: string;
}

/** What the report says of a point under one version, or in all. */
export interface Utfall {
  antall: number;
  /** Only for the points that count deviations. */
  avvik?: number;
  sist?: string;
}

export interface RapportPunkt extends Utfall {
  id: string;
  beskrivelse: string;
  kilde: string;
  oppfylt: boolean;
  /** Each API version whose calls count for the point. */
  perVersjon: Partial<Record<ApiVersjon, Utfall>>;
}

export interface RapportVersjon {
  versjon: ApiVersjon;
  modell: Modellversjon;
  /** True once the organisation has made any call under this version. */
  brukt: boolean;
  /** Points met by this version's calls, of those its calls can meet. */
  oppfylt: number;
  totalt: number;
  /** The rules that run under this version: triggered by its calls, and not yet. */
  regelkoderUtloest: string[];
  regelkoderIkkeUtloest: string[];
}

export interface Rapport {
  orgnr: string;
  /** The mode the sandbox runs in (SANDBOX_MODUS): what the flows were exercised against. */
  modus: SandboxModus;
  generert: string;
  oppfylt: number;
  totalt: number;
  sjekkliste: RapportPunkt[];
  /** Newest first. */
  versjoner: RapportVersjon[];
  regelkoderUtloest: string[];
  regelkoderIkkeUtloest: string[];
  koder: { kode: string; antall: number; sist: string }[];
}

/** What the report needs of a rule: its code and the models it runs under. */
export interface Regel {
  kode: string;
  modeller: readonly Modellversjon[];
}

/** The counters summed by art and name, under one version or (undefined) all. */
class Summer {
  private readonly sum = new Map<string, { antall: number; sist: string }>();

  constructor(tellere: readonly Teller[]) {
    for (const t of tellere) for (const versjon of [t.versjon ?? '', '*']) this.legg(`${t.art}\u0000${t.navn}\u0000${versjon}`, t);
  }

  private legg(key: string, t: Teller): void {
    const s = this.sum.get(key);
    if (!s) this.sum.set(key, { antall: t.antall, sist: t.sist });
    else {
      s.antall += t.antall;
      if (t.sist > s.sist) s.sist = t.sist;
    }
  }

  av(art: Teller['art'], navn: string, versjon?: ApiVersjon): { antall: number; sist?: string } {
    return this.sum.get(`${art}\u0000${navn}\u0000${versjon ?? '*'}`) ?? { antall: 0 };
  }
}

const oppfylt = (u: Utfall) => u.antall > 0 && !u.avvik;
const senest = (a?: string, b?: string) => (a === undefined || (b !== undefined && b > a) ? b : a);

function utfall(punkt: Sjekkpunkt, sum: Summer, versjoner: readonly (ApiVersjon | undefined)[]): Utfall {
  const flyt = punkt.flyt ?? punkt.id;
  const ut: Utfall = { antall: 0, ...(punkt.avvik && { avvik: 0 }) };
  for (const versjon of versjoner) {
    const gjort = sum.av('flyt', flyt, versjon);
    ut.antall += gjort.antall;
    ut.sist = senest(ut.sist, gjort.sist);
    if (punkt.avvik) {
      const galt = sum.av('avvik', flyt, versjon);
      ut.avvik! += galt.antall;
      ut.sist = senest(ut.sist, galt.sist);
    }
  }
  if (ut.sist === undefined) delete ut.sist;
  return ut;
}

function rapportPunkt(punkt: Sjekkpunkt, sum: Summer): RapportPunkt {
  const versjoner = punkt.versjoner ?? API_VERSJONER.map((api) => api.versjon);
  // A point open to every call counts the calls outside any version too (the token endpoints).
  const ialt = utfall(punkt, sum, punkt.versjoner ?? [undefined]);
  const perVersjon = Object.fromEntries(versjoner.map((v) => [v, utfall(punkt, sum, [v])]));
  return { id: punkt.id, beskrivelse: punkt.beskrivelse, kilde: punkt.kilde, oppfylt: oppfylt(ialt), ...ialt, perVersjon };
}

/** The codes of `regler` triggered under `versjon` (undefined: under any), and those not yet. */
function regelkoder(regler: readonly Regel[], sum: Summer, versjon?: ApiVersjon): Pick<Rapport, 'regelkoderUtloest' | 'regelkoderIkkeUtloest'> {
  const regelkoderUtloest: string[] = [];
  const regelkoderIkkeUtloest: string[] = [];
  for (const r of regler) (sum.av('kode', r.kode, versjon).antall > 0 ? regelkoderUtloest : regelkoderIkkeUtloest).push(r.kode);
  return { regelkoderUtloest, regelkoderIkkeUtloest };
}

/** The report from the organisation's counters, held against `regler` (every rule, with the models it runs under). */
export function lagRapport(orgnr: string, modus: SandboxModus, tellere: readonly Teller[], regler: readonly Regel[], generert: Date): Rapport {
  const sum = new Summer(tellere);
  const sjekkliste = SJEKKPUNKTER.map((p) => rapportPunkt(p, sum));
  const versjoner = API_VERSJONER.map((api): RapportVersjon => {
    const aktuelle = sjekkliste.filter((p) => p.perVersjon[api.versjon]);
    return {
      versjon: api.versjon,
      modell: api.modell,
      brukt: tellere.some((t) => t.versjon === api.versjon),
      oppfylt: aktuelle.filter((p) => oppfylt(p.perVersjon[api.versjon]!)).length,
      totalt: aktuelle.length,
      ...regelkoder(regler.filter((r) => r.modeller.includes(api.modell)), sum, api.versjon),
    };
  });
  const koder = [...new Set(tellere.filter((t) => t.art === 'kode').map((t) => t.navn))].map((kode) => {
    const { antall, sist } = sum.av('kode', kode);
    return { kode, antall, sist: sist! };
  });
  return {
    orgnr,
    modus,
    generert: generert.toISOString(),
    oppfylt: sjekkliste.filter((p) => p.oppfylt).length,
    totalt: sjekkliste.length,
    sjekkliste,
    versjoner,
    ...regelkoder(regler, sum),
    koder: koder.sort((a, b) => b.antall - a.antall || a.kode.localeCompare(b.kode)),
  };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

const MODUSTEKST: Record<SandboxModus, string> = {
  livssyklus: 'livssyklus (saker behandles i sandboxen; modellert)',
  testmiljoe: 'testmiljø (innsendinger behandles ikke videre, som i Skatteetatens testmiljø)',
};

/** The report as a readable page (GET /sandbox/rapport with Accept: text/html or ?format=html). */
export function rapportHtml(r: Rapport): string {
  const tall = (u: Utfall | undefined) => (u === undefined ? '–' : `${u.antall}${u.avvik ? ` <span class="avvik">(${u.avvik} avvik)</span>` : ''}`);
  const rad = (p: RapportPunkt) =>
    `<tr class="${p.oppfylt ? 'ok' : 'mangler'}"><td>${p.oppfylt ? '✔' : '✘'}</td><td>${escapeHtml(p.beskrivelse)}` +
    `<div class="kilde">${escapeHtml(p.kilde)}</div></td><td>${tall(p)}</td>` +
    r.versjoner.map((v) => `<td>${tall(p.perVersjon[v.versjon])}</td>`).join('') +
    `<td>${escapeHtml(p.sist ?? '')}</td></tr>`;
  const liste = (koder: string[]) => (koder.length ? koder.map((k) => `<code>${escapeHtml(k)}</code>`).join(' ') : '<em>ingen</em>');
  const versjon = (v: RapportVersjon) => `<h2>${v.versjon} (modell ${v.modell})</h2>
<p>${v.brukt ? `Brukt: ${v.oppfylt} av ${v.totalt} punkter er prøvd under ${v.versjon}.` : `Ikke brukt ennå.`}</p>
<h3>Regelkoder utløst (${v.regelkoderUtloest.length})</h3><p>${liste(v.regelkoderUtloest)}</p>
<h3>Regelkoder ikke utløst ennå (${v.regelkoderIkkeUtloest.length})</h3><p>${liste(v.regelkoderIkkeUtloest)}</p>`;
  const brukte = r.versjoner.filter((v) => v.brukt).map((v) => v.versjon);
  return `<!doctype html>
<html lang="no"><head><meta charset="utf-8"><title>Samsvarsrapport ${escapeHtml(r.orgnr)}</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;color:#1d2733}
table{border-collapse:collapse;width:100%}td,th{padding:.35rem .5rem;border-bottom:1px solid #dde3ea;text-align:left;vertical-align:top}
tr.ok td:first-child{color:#17803d}tr.mangler td:first-child{color:#b3261e}.kilde{color:#5b6774;font-size:.85em}.avvik{color:#b3261e}
code{background:#eef2f6;padding:0 .25rem;border-radius:3px;margin:0 .1rem;display:inline-block}
</style></head><body>
<h1>Samsvarsrapport for ${escapeHtml(r.orgnr)}</h1>
<p>Modus: <strong>${escapeHtml(MODUSTEKST[r.modus])}</strong>.</p>
<p>${r.oppfylt} av ${r.totalt} punkter er prøvd. Versjoner brukt: ${brukte.length ? brukte.join(', ') : 'ingen'}. Generert ${escapeHtml(r.generert)} (sandbox-tid).</p>
<table><thead><tr><th></th><th>Flyt</th><th>Antall</th>${r.versjoner.map((v) => `<th>${v.versjon}</th>`).join('')}<th>Sist</th></tr></thead><tbody>
${r.sjekkliste.map(rad).join('\n')}
</tbody></table>
${r.versjoner.map(versjon).join('\n')}
</body></html>`;
}
