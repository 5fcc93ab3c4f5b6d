/**
 * Call etiquette (SPEC §1, §9). Skatteetaten's published beta specification marks the headers `KlientId`,
 * `Korrelasjonsid` and `Meldingsid` `required: true`, and its usage page says "Det bør ikke være mer enn 5 samtidige
 * kall ("tråder") for et api fra en virksomhet". What the sandbox does about a call that breaks either is modelled:
 * by default (`ETIKETTE_MODE=lenient`) it answers normally with an `Advarsel` naming the breach and the conformance
 * report counts it; `strict` refuses the call (400 KB-006 naming the header; 429 with Retry-After).
 *
 * The count is of API calls in flight per organisation (påloggetOrgnr, the sandbox's tenant key), from the moment the
 * token is verified until the response closes (sent, or the client went away). It runs on every API request: two Map
 * operations, a bit mask of the headers and one close listener; a call that keeps the etiquette allocates nothing else.
 */
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { ApiError } from './errors.js';
import { ADVARSEL } from './advarsel.js';

/** The required headers, as the published specification spells them. */
export const PAAKREVDE_HODER = ['KlientId', 'Korrelasjonsid', 'Meldingsid'] as const;
export type PaakrevdHode = (typeof PAAKREVDE_HODER)[number];

/** "Det bør ikke være mer enn 5 samtidige kall". */
export const MAKS_SAMTIDIGE = 5;
/** Retry-After of a strict 429 (modelled). */
const PROEV_IGJEN_SEKUNDER = 1;

/** What a call did wrong; absent (undefined) for a call that kept the etiquette. */
export interface Kallbrudd {
  /** The required headers it lacked (absent or empty). */
  manglendeHoder: readonly PaakrevdHode[];
  /** The organisation's calls in flight, this one included, when that was more than MAKS_SAMTIDIGE. */
  samtidige?: number;
}

/** What the check decided for a call that broke the etiquette: the breach, and the notes or the refusal it gets. */
export interface Etikettesvar {
  brudd: Kallbrudd;
  /** Lenient: the Advarsel parts to add. */
  advarsler: string[];
  /** Strict: the refusal. */
  avvisning?: ApiError;
}

/** Bit i of the mask is PAAKREVDE_HODER[i] missing. */
function manglerMaske(h: IncomingHttpHeaders): number {
  return (h.klientid ? 0 : 1) | (h.korrelasjonsid ? 0 : 2) | (h.meldingsid ? 0 : 4);
}

const hoderI = (maske: number) => PAAKREVDE_HODER.filter((_, i) => maske & (1 << i));
/** Every combination's header list, made once: the check allocates nothing for it. */
const MANGLER = Array.from({ length: 1 << PAAKREVDE_HODER.length }, (_, maske) => hoderI(maske));
const MANGLER_ADVARSEL = MANGLER.map((hoder) => ADVARSEL.manglendeHoder + hoder.join(', '));

function hodeAvvisning(hoder: readonly PaakrevdHode[]): ApiError {
  return new ApiError(400, 'KB-006', `Påkrevd header mangler: ${hoder.join(', ')}`, {
    kontrollutslag: hoder.map((h) => ({
      kode: 'PAAKREVD_HEADER_MANGLER',
      melding: `Headeren ${h} mangler`,
      beskrivelse: `${PAAKREVDE_HODER.join(', ')} er påkrevd (required: true) i Skatteetatens publiserte spesifikasjon`,
    })),
  });
}

function samtidighetAvvisning(orgnr: string, samtidige: number): ApiError {
  return new ApiError(429, 'SANDBOX-429', `${samtidige} samtidige kall fra ${orgnr}; høyst ${MAKS_SAMTIDIGE} er tillatt. Prøv igjen senere.`, {
    headers: { 'Retry-After': String(PROEV_IGJEN_SEKUNDER) },
  });
}

export class Etikette {
  private readonly iGang = new Map<string, number>();

  constructor(private readonly streng: boolean) {}

  /** The organisation's API calls in flight now. */
  samtidige(orgnr: string): number {
    return this.iGang.get(orgnr) ?? 0;
  }

  /** Counts the call in until `res` closes and checks it; undefined for a call that keeps the etiquette. */
  sjekk(orgnr: string, headers: IncomingHttpHeaders, res: ServerResponse): Etikettesvar | undefined {
    if (res.closed) return undefined; // the client left while its token was verified: nothing in flight, no one to tell
    const samtidige = this.samtidige(orgnr) + 1;
    this.iGang.set(orgnr, samtidige);
    res.on('close', () => this.ut(orgnr));
    const maske = manglerMaske(headers);
    const over = samtidige > MAKS_SAMTIDIGE;
    if (maske === 0 && !over) return undefined;
    const brudd: Kallbrudd = { manglendeHoder: MANGLER[maske]!, ...(over && { samtidige }) };
    if (this.streng) {
      return { brudd, advarsler: [], avvisning: maske ? hodeAvvisning(brudd.manglendeHoder) : samtidighetAvvisning(orgnr, samtidige) };
    }
    const advarsler = maske ? [MANGLER_ADVARSEL[maske]!] : [];
    if (over) advarsler.push(`${ADVARSEL.samtidige}${samtidige} (maks ${MAKS_SAMTIDIGE})`);
    return { brudd, advarsler };
  }

  private ut(orgnr: string): void {
    const igjen = this.samtidige(orgnr) - 1;
    if (igjen > 0) this.iGang.set(orgnr, igjen);
    else this.iGang.delete(orgnr);
  }
}
