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
import { ADVARSEL, headerTekst, leggTilAdvarsel, liste } from '../advarsel.js';

export function avvist(kontrollutslag: Violation[]): ApiError {
  return new ApiError(422, 'SANDBOX-422', 'Begjæringen inneholder semantiske feil', { kontrollutslag });
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

/** Each body part of the header stays within this many characters: a header has to fit any proxy's limits. */
const MAKS_TEGN_PER_DEL = 1000;

/**
 * The body's notes in the `Advarsel` header (modelled): fields the model does not know (the real service ignores
 * them silently) and aliases read as their canonical key, e.g. `ukjente felt ignorert: /x; alias lest som: /a/startdato=startDato`.
 */
function advar(reply: FastifyReply, { ukjenteFelt, aliaser }: Advarsler): void {
  if (ukjenteFelt.length > 0) leggTilAdvarsel(reply, liste(ADVARSEL.ukjenteFelt, ukjenteFelt, MAKS_TEGN_PER_DEL, headerTekst));
  if (aliaser.length > 0) {
    leggTilAdvarsel(reply, liste(ADVARSEL.alias, aliaser, MAKS_TEGN_PER_DEL, (a) => `${headerTekst(a.sti)}=${a.canonical}`));
  }
}
