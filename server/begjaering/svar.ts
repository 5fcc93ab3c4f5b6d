/**
 * What the submission, validation and endring routes answer alike: the 400s of a body that cannot be read, the 422
 * with every violation, and the Advarsel header.
 */
import type { FastifyReply } from 'fastify';
import { ApiError } from '../errors.js';
import { skjemabrudd, ugyldigJson } from '../error-mapping.js';
import type { Api } from '../api.js';
import type { Advarsler, AnnenModell, Lesing, Valideringsresultat } from './validering.js';
import type { Begjaering } from '../../rules/lib/model.js';
import type { Violation } from '../../rules/types.js';

export function avvist(kontrollutslag: Violation[]): ApiError {
  return new ApiError(422, 'KB-006', 'Begjæringen inneholder semantiske feil', { kontrollutslag });
}

/** A body of the other model (modelled answer: the real service would fail it on its schema). */
function annenModell(api: Api, annen: AnnenModell): ApiError {
  const melding = `Begjæringen følger informasjonsmodell ${annen.modell}, men ${api.prefix} tar imot modell ${api.modell}`;
  return new ApiError(400, 'KB-006', melding, {
    kontrollutslag: annen.funn.map(({ sti, merknad }) => ({
      kode: 'FEIL_MODELLVERSJON',
      melding: `${sti} er et felt i modell ${annen.modell} (${merknad})`,
      beskrivelse: `Begjæringen må følge informasjonsmodellen til API-versjonen (${api.versjon}: modell ${api.modell})`,
      sti,
    })),
  });
}

/** A body that could be read: its begjæring, or its validation. */
type Lesbar = Extract<Lesing | Valideringsresultat, { advarsler: Advarsler }>;

type Godkjent = Extract<Valideringsresultat, { utfall: 'validert' }>;

/** Throws the 400 that says why a body cannot be read; sets the Advarsel header for what was tolerated. */
function lest(lesing: Lesing | Valideringsresultat, api: Api, reply: FastifyReply): asserts lesing is Lesbar {
  if (lesing.utfall === 'ugyldigJson') throw ugyldigJson();
  if (lesing.utfall === 'overGrense') throw new ApiError(400, 'KB-006', lesing.melding);
  if (lesing.utfall === 'annenModell') throw annenModell(api, lesing.annen);
  if (lesing.utfall === 'skjemabrudd') throw skjemabrudd(lesing.feil);
  advar(reply, lesing.advarsler);
}

/** The begjæring of a read body (else its 400). */
export function begjaeringFra(lesing: Lesing, api: Api, reply: FastifyReply): Begjaering {
  lest(lesing, api, reply);
  return lesing.begjaering;
}

/** A begjæring that passed the schema and every rule; else its 400 or 422. */
export function godkjent(resultat: Valideringsresultat, api: Api, reply: FastifyReply): Godkjent {
  lest(resultat, api, reply);
  if (resultat.kontrollutslag.length > 0) throw avvist(resultat.kontrollutslag);
  return resultat;
}

/** At most this many fields are named, in at most this many characters: a header has to fit any proxy's limits. */
const MAKS_VISTE = 20;
const MAKS_TEGN = 2000;
export const ADVARSEL_PREFIKS = 'ukjente felt ignorert: ';
const ALIAS_PREFIKS = 'alias lest som: ';
/** Separates the header's parts (unknown fields; aliases). */
export const ADVARSEL_SKILLE = '; ';
/** Ends a list when items were left out: "... (N til)". */
export const ADVARSEL_UTELATT = '... (';

const ENSLIG_SURROGAT = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A pointer as header text: percent-encoded (encodeURI), so whatever a key held — non-ASCII, control characters, a
 * lone surrogate (replaced first: encodeURI throws on one) — the header is printable ASCII.
 */
function headerTekst(peker: string): string {
  return encodeURI(peker.replace(ENSLIG_SURROGAT, '\uFFFD'));
}

/** "prefix: a, b, ... (N til)", within `tegn` characters. */
function liste(prefiks: string, elementer: readonly string[], tegn: number): string {
  let tekst = prefiks;
  let viste = 0;
  for (const e of elementer) {
    if (viste === MAKS_VISTE || tekst.length + e.length + 2 > tegn) break;
    tekst += (viste > 0 ? ', ' : '') + e;
    viste++;
  }
  if (viste < elementer.length) tekst += `${viste > 0 ? ', ' : ''}${ADVARSEL_UTELATT}${elementer.length - viste} til)`;
  return tekst;
}

/**
 * The `Advarsel` header (modelled): fields the model does not know (the real service ignores them silently) and
 * aliases read as their canonical key, e.g. `ukjente felt ignorert: /x; alias lest som: /a/startdato=startDato`.
 */
export function advar(reply: FastifyReply, { ukjenteFelt, aliaser }: Advarsler): void {
  const deler: string[] = [];
  if (ukjenteFelt.length > 0) deler.push(liste(ADVARSEL_PREFIKS, ukjenteFelt.map(headerTekst), MAKS_TEGN / 2));
  if (aliaser.length > 0) deler.push(liste(ALIAS_PREFIKS, aliaser.map((a) => `${headerTekst(a.sti)}=${a.canonical}`), MAKS_TEGN / 2));
  if (deler.length > 0) reply.header('Advarsel', deler.join(ADVARSEL_SKILLE));
}
